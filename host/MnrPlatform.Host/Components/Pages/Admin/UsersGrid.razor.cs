using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Admin;

public sealed partial class UsersGrid
{
    private IReadOnlyList<GridSortOption<AccountSummary>> SortOptions =>
    [
        new(L["Sort.AddressAZ"], nameof(AccountSummary.Email), false, a => a.Email),
        new(L["Sort.AddressZA"], nameof(AccountSummary.Email), true, a => a.Email),
        new(L["Sort.Role"], nameof(AccountSummary.Role), false, a => a.Role ?? ""),
        new(L["Sort.DisabledFirst"], nameof(AccountSummary.IsDisabled), true, a => a.IsDisabled),
    ];

    private readonly UsersFilter filter = new();
    private MudDataGrid<AccountSummary>? grid;

    [Inject]
    private UserScopes Scopes { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<AccountText> Words { get; set; } = null!;

    /// <summary>Called with the address of an account just added.</summary>
    [Parameter]
    public EventCallback<string> OnAdded { get; set; }

    private async Task<GridData<AccountSummary>> LoadAsync(GridState<AccountSummary> state, CancellationToken cancellationToken)
    {
        await using var scope = Scopes.Create();
        var page = await scope.ServiceProvider.GetRequiredService<AccountService>().QueryAsync(
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal, GridQueries.Accounts(state, filter), cancellationToken);
        return new GridData<AccountSummary> { Items = page.Items, TotalItems = page.Total };
    }

    private Task ReloadAsync() => grid?.ReloadServerData() ?? Task.CompletedTask;

    private Task FilterRoleAsync(string? role)
    {
        filter.Role = role;
        return ReloadAsync();
    }

    private Task FilterStatusAsync(AccountStatusFilter status)
    {
        filter.Status = status;
        return ReloadAsync();
    }

    private async Task AddAsync()
    {
        if (await Dialogs.AddUserAsync(L["AddUser.Title"]) is not { } email)
        {
            return;
        }

        Snackbar.Add(L["Users.AddedShort", BidiText.Isolate(email)], Severity.Success);
        await ReloadAsync();
        await OnAdded.InvokeAsync(email);
    }

    private string StatusText(AccountStatusFilter status) => status switch
    {
        AccountStatusFilter.Enabled => L["Users.Enabled"],
        AccountStatusFilter.Disabled => L["Users.Disabled"],
        _ => L["Users.AnyStatus"],
    };

    private async Task ToggleAsync(AccountSummary account)
    {
        var disabling = !account.IsDisabled;
        var email = BidiText.Isolate(account.Email);
        var confirmed = await Dialogs.ConfirmAsync(
            disabling ? L["Users.DisableTitle"] : L["Users.EnableTitle"],
            disabling ? L["Users.DisableText", email] : L["Users.EnableText", email],
            disabling ? L["Users.DisableConfirm"] : L["Users.EnableConfirm"],
            L["Common.Cancel"],
            disabling ? Color.Error : Color.Success);
        if (!confirmed)
        {
            return;
        }

        await using var scope = Scopes.Create();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync(
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Principal, account.Id, disabling, CancellationToken.None);
        if (result.Succeeded)
        {
            Snackbar.Add(disabling ? L["Users.IsDisabled", email] : L["Users.IsEnabled", email], Severity.Success);
        }
        else
        {
            Snackbar.Add(string.Join(" ", AccountMessages.For(result.Problems, Words)), Severity.Error);
        }

        await ReloadAsync();
    }
}
