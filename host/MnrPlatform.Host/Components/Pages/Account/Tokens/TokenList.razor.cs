using System.Globalization;
using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Accounts.Tokens;
using MnrPlatform.Host.Components.Pages.Admin;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Account.Tokens;

public sealed partial class TokenList
{
    private IReadOnlyList<AccessTokenView>? tokens;

    [Inject]
    private UserScopes Scopes { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>Reads the list again (after a token was made).</summary>
    public async Task ReloadAsync()
    {
        await using var scope = Scopes.Create();
        tokens = await scope.ServiceProvider.GetRequiredService<AccessTokens>()
            .ListOwnAsync(scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal, CancellationToken.None);
        StateHasChanged();
    }

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task RevokeAsync(AccessTokenView token)
    {
        var confirmed = await Dialogs.ConfirmAsync(
            "Revoke this token?",
            $"Programs using \"{token.Name}\" ({token.Prefix}…) will be refused from now on. This cannot be undone; make a new token if you need one.",
            "Revoke token",
            Color.Error);
        if (!confirmed)
        {
            return;
        }

        await using (var scope = Scopes.Create())
        {
            await scope.ServiceProvider.GetRequiredService<AccessTokens>()
                .RevokeAsync(scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal, token.Id, CancellationToken.None);
        }

        Snackbar.Add($"Revoked \"{token.Name}\".", Severity.Success);
        await ReloadAsync();
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string StateText(AccessTokenState state) => state switch
    {
        AccessTokenState.Active => "active",
        AccessTokenState.Expired => "expired",
        _ => "revoked",
    };

    private static Color StateColor(AccessTokenState state) => state == AccessTokenState.Active ? Color.Success : Color.Default;
}
