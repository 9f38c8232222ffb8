using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Components.Pages.Admin;

public sealed partial class EditUser
{
    [Parameter]
    public string Id { get; set; } = "";

    [SupplyParameterFromQuery(Name = "done")]
    private string? Done { get; set; }

    [SupplyParameterFromForm(FormName = "role", Name = "RoleForm")]
    private RoleInput? PostedRoleForm { get; set; }

    private RoleInput RoleForm => PostedRoleForm ??= new();

    [SupplyParameterFromForm(FormName = "status", Name = "StatusForm")]
    private StatusInput? PostedStatusForm { get; set; }

    private StatusInput StatusForm => PostedStatusForm ??= new();

    [SupplyParameterFromForm(FormName = "password", Name = "PasswordForm")]
    private ResetPasswordInput? PostedPasswordForm { get; set; }

    private ResetPasswordInput PasswordForm => PostedPasswordForm ??= new();

    private AccountSummary? account;
    private IReadOnlyList<string> errors = [];

    protected override async Task OnInitializedAsync()
    {
        account = await Accounts.FindAsync(Id);
        // Start the role form from the account, unless it is the form being posted (a demotion to
        // Viewer without a country must not be mistaken for an untouched form).
        if (account is not null && PostedRoleForm is null && account.Role is not null)
        {
            RoleForm.Role = account.Role;
            RoleForm.Country = account.CountryIso3;
        }
    }

    private Task ChangeRoleAsync() => Apply("role", () => Accounts.ChangeRoleAsync(
        Scope.Actor, Id, RoleForm.Role, RoleForm.CountryIso3, CancellationToken.None));

    private Task ToggleAsync() => Apply(account!.IsDisabled ? "enabled" : "disabled", () => Accounts.SetDisabledAsync(
        Scope.Actor, Id, !account!.IsDisabled, CancellationToken.None));

    private Task ResetAsync() => Apply("password", () => Accounts.ResetPasswordAsync(Scope.Actor, Id, PasswordForm.Password, CancellationToken.None));

    private async Task Apply(string done, Func<Task<AccountResult>> change)
    {
        var result = await change();
        if (!result.Succeeded)
        {
            errors = AccountMessages.For(result.Problems, Words);
            return;
        }

        Navigation.NavigateTo($"admin/users/{Uri.EscapeDataString(Id)}?done={done}");
    }

    private string DoneMessage(string done) => done switch
    {
        "role" => L["Done.Role"],
        "disabled" => L["Done.Disabled"],
        "enabled" => L["Done.Enabled"],
        "password" => L["Done.Password"],
        _ => L["Done.Saved"],
    };

    private sealed class StatusInput
    {
        public string? Confirm { get; set; }
    }
}
