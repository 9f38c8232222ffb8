using Microsoft.AspNetCore.Components;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Host.Hosting.Circuits;
using MudBlazor;

namespace MnrPlatform.Host.Components.Pages.Admin;

public sealed partial class UsersGrid
{
    private static readonly IReadOnlyList<GridSortOption<AccountSummary>> SortOptions =
    [
        new("Address A–Z", nameof(AccountSummary.Email), false, a => a.Email),
        new("Address Z–A", nameof(AccountSummary.Email), true, a => a.Email),
        new("Role", nameof(AccountSummary.Role), false, a => a.Role ?? ""),
        new("Disabled first", nameof(AccountSummary.IsDisabled), true, a => a.IsDisabled),
    ];

    private readonly UsersFilter filter = new();
    private MudDataGrid<AccountSummary>? grid;

    [Inject]
    private UserScopes Scopes { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

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
        if (await Dialogs.AddUserAsync() is not { } email)
        {
            return;
        }

        Snackbar.Add($"Added {email}.", Severity.Success);
        await ReloadAsync();
        await OnAdded.InvokeAsync(email);
    }

    private async Task ToggleAsync(AccountSummary account)
    {
        var disabling = !account.IsDisabled;
        var confirmed = await Dialogs.ConfirmAsync(
            disabling ? "Disable this account?" : "Enable this account?",
            disabling
                ? $"{account.Email} will be signed out everywhere and cannot sign in. Nothing is deleted; you can enable the account again."
                : $"{account.Email} can sign in again with its role and country.",
            disabling ? "Disable account" : "Enable account",
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
            Snackbar.Add(disabling ? $"{account.Email} is disabled." : $"{account.Email} is enabled.", Severity.Success);
        }
        else
        {
            Snackbar.Add(string.Join(" ", result.Errors), Severity.Error);
        }

        await ReloadAsync();
    }
}
