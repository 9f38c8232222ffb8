using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Accounts.Tokens;
using MnrPlatform.Host.Components.Pages.Admin;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Hosting.Localization;
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
            L["Tokens.RevokeTitle"],
            L["Tokens.RevokeText", BidiText.Isolate(token.Name), BidiText.Isolate(token.Prefix + "…")],
            L["Tokens.RevokeConfirm"],
            L["Common.Cancel"],
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

        Snackbar.Add(L["Tokens.Revoked", BidiText.Isolate(token.Name)], Severity.Success);
        await ReloadAsync();
    }

    private static string Day(DateTimeOffset at) => ShownFormat.Date(at);

    private string StateText(AccessTokenState state) => state switch
    {
        AccessTokenState.Active => L["Tokens.StateActive"],
        AccessTokenState.Expired => L["Tokens.StateExpired"],
        _ => L["Tokens.StateRevoked"],
    };

    private static Color StateColor(AccessTokenState state) => state == AccessTokenState.Active ? Color.Success : Color.Default;
}
