using MudBlazor;

namespace MnrPlatform.Host.Components.Surveys;

/// <summary>The survey pages' confirmations: each returns true only when the person confirmed.</summary>
public static class SurveyDialogs
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true };

    /// <summary>Asks before a round status step, saying what it means.</summary>
    public static async Task<bool> ConfirmRoundStepAsync(this IDialogService dialogs, RoundStepRequest step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var parameters = new DialogParameters<ConfirmRoundStepDialog> { { d => d.Step, step } };
        var dialog = await dialogs.ShowAsync<ConfirmRoundStepDialog>(step.Round.Name, parameters, Options);
        return await dialog.Result is { Canceled: false };
    }

    /// <summary>Asks before an action that writes.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string text, string confirmText, Color color = Color.Primary)
    {
        var parameters = new DialogParameters<ConfirmActionDialog>
        {
            { d => d.Title, title },
            { d => d.Text, text },
            { d => d.ConfirmText, confirmText },
            { d => d.Color, color },
        };
        var dialog = await dialogs.ShowAsync<ConfirmActionDialog>(title, parameters, Options);
        return await dialog.Result is { Canceled: false };
    }
}
