using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Admin;

/// <summary>The administration pages' dialogs, opened with typed parameters and one set of options.</summary>
public static class AdminDialogs
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>Asks to confirm (the words in the page's language); true when confirmed.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText, string cancelText, Color confirmColor)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Title, title },
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
            { d => d.CancelText, cancelText },
            { d => d.ConfirmColor, confirmColor },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, Options);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }

    /// <summary>Opens the add-user form titled <paramref name="title"/>; the new account's address, or null when cancelled.</summary>
    public static async Task<string?> AddUserAsync(this IDialogService dialogs, string title)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var dialog = await dialogs.ShowAsync<AddUserDialog>(title, Options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string email } ? email : null;
    }
}
