using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Invitations;
using MnrPlatform.Host.Hosting.Circuits;
using MnrPlatform.Host.Hosting.Localization;
using MudBlazor;

namespace MnrPlatform.Host.Components.Invitations;

/// <summary>Invite focal points for a round's countries; list, re-send and revoke their invitations.</summary>
public sealed partial class RoundInvitations
{
    private const string AllInstruments = "";

    private InvitationChoices? choices;
    private IReadOnlyList<InvitationView> invitations = [];
    private Dictionary<string, string> countryNames = [];
    private InvitationIssued? issued;
    private string? country;
    private string instrument = AllInstruments;
    private string? email;
    private string language = PlatformCultures.Current.Name;
    private string? formError;
    private string? loadError;
    private bool busy;

    /// <summary>The round whose invitations are shown.</summary>
    [Parameter, EditorRequired]
    public string RoundCode { get; set; } = "";

    [Inject]
    private UserScopes Scopes { get; set; } = null!;

    [Inject]
    private CurrentUser User { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IOptions<PlatformOptions> Platform { get; set; } = null!;

    [Inject]
    private IJSRuntime Js { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    private Uri LinkBase => Platform.Value.LinkBase(new Uri(Navigation.BaseUri));

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            await using var scope = Scopes.Create();
            var service = scope.ServiceProvider.GetRequiredService<FocalPointInvitations>();
            choices = await service.ChoicesAsync(User.Scope, RoundCode, CancellationToken.None);
            countryNames = choices.Countries.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
            invitations = await service.ListAsync(User.Scope, RoundCode, CancellationToken.None);
        }
        catch (InvitationException e)
        {
            loadError = Explain(e);
        }
        catch (AccessDeniedException e)
        {
            loadError = e.Message;
        }
    }

    private Task InviteAsync() => RunAsync(async service =>
    {
        if (country is null)
        {
            throw new InvitationException(L["Round.ChooseCountryError"]);
        }

        issued = await service.InviteAsync(User.Scope, new InvitationRequest(email ?? "", country, RoundCode, instrument == AllInstruments ? null : instrument, language), LinkBase, CancellationToken.None);
        Snackbar.Add(L["Round.Invited", BidiText.Isolate(email?.Trim() ?? "")], Severity.Success);
        email = null;
    });

    private Task ResendAsync(InvitationView invitation) => RunAsync(async service =>
    {
        issued = await service.ResendAsync(User.Scope, invitation.Id, LinkBase, CancellationToken.None);
        Snackbar.Add(L["Round.Resent", BidiText.Isolate(invitation.Email)], Severity.Success);
    });

    private Task RevokeAsync(InvitationView invitation) => RunAsync(async service =>
    {
        await service.RevokeAsync(User.Scope, invitation.Id, CancellationToken.None);
        issued = null;
        Snackbar.Add(L["Round.Revoked", BidiText.Isolate(invitation.Email)], Severity.Info);
    });

    private async Task RunAsync(Func<FocalPointInvitations, Task> action)
    {
        busy = true;
        formError = null;
        try
        {
            await using var scope = Scopes.Create();
            var service = scope.ServiceProvider.GetRequiredService<FocalPointInvitations>();
            await action(service);
            invitations = await service.ListAsync(User.Scope, RoundCode, CancellationToken.None);
        }
        catch (InvitationException e)
        {
            formError = Explain(e);
        }
        catch (AccessDeniedException e)
        {
            formError = e.Message;
        }
        finally
        {
            busy = false;
        }
    }

    // The service's refusal in the page's language; one without a translation (a newer code) as the service said it.
    private string Explain(InvitationException e) =>
        L["Error." + e.Code, [.. e.Arguments.Select(BidiText.Isolate)]] is { ResourceNotFound: false } said ? said.Value : e.Message;

    private async Task CopyAsync()
    {
        if (issued is null)
        {
            return;
        }

        try
        {
            await Js.InvokeVoidAsync("navigator.clipboard.writeText", issued.Link.ToString());
            Snackbar.Add(L["Round.LinkCopied"], Severity.Info);
        }
        catch (JSException)
        {
            Snackbar.Add(L["Round.CopyRefused"], Severity.Warning);
        }
    }
}
