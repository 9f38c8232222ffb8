using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Invitations;
using MnrPlatform.Host.Components.Pages.Admin;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Components.Pages.Invitations;

/// <summary>The invited person sets a password; the page opens in the invitation's language unless the visitor chose one.</summary>
public sealed partial class InvitationPage
{
    private InvitationLink? link;
    private IReadOnlyList<string> errors = [];

    /// <summary>The link's secret.</summary>
    [Parameter]
    public string Token { get; set; } = "";

    /// <summary>Set on the address this page redirects to after choosing the invitation's language (so it does so once).</summary>
    [SupplyParameterFromQuery(Name = "language")]
    private string? Language { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    [SupplyParameterFromForm(FormName = "invitation", Name = "Input")]
    private AcceptInput? PostedInput { get; set; }

    private AcceptInput Input => PostedInput ??= new();

    [Inject]
    private InvitationAcceptance Invitations { get; set; } = null!;

    [Inject]
    private SignInManager<PlatformUser> SignInManager { get; set; } = null!;

    [Inject]
    private AuditLog Audit { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IStringLocalizer<AccountText> Words { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        link = await Invitations.LookUpAsync(Token, HttpContext.RequestAborted);
        if (OpenInInvitationLanguage(link.Culture) is { } language)
        {
            // The language is decided before the page renders: remember it as the visitor's choice and load the page again in it.
            HttpContext.Response.Cookies.Append(
                PlatformCultures.CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = HttpContext.Request.IsHttps, IsEssential = true });
            Navigation.NavigateTo($"invitation/{Uri.EscapeDataString(Token)}?language={language}");
            return;
        }

        if (link.State != InvitationState.Pending)
        {
            // Gone: the link no longer works. Still a page that says why, not an error page.
            HttpContext.Response.StatusCode = StatusCodes.Status410Gone;
        }
    }

    // The invitation's language when the visitor has not chosen one (no language cookie, not signed in) and the page is in another.
    private string? OpenInInvitationLanguage(string? culture) =>
        culture is not null && Language is null && HttpMethods.IsGet(HttpContext.Request.Method)
        && HttpContext.User.Identity?.IsAuthenticated != true
        && !HttpContext.Request.Cookies.ContainsKey(PlatformCultures.CookieName)
        && PlatformCultures.Find(culture) is { } invited && invited.Name != PlatformCultures.Current.Name
            ? invited.Name
            : null;

    private async Task AcceptAsync()
    {
        var result = await Invitations.AcceptAsync(Token, Input.Password, Input.Confirm, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            errors = AccountMessages.For(result.Problems, Words);
            link = result.State == InvitationState.Pending ? link : await Invitations.LookUpAsync(Token, HttpContext.RequestAborted);
            HttpContext.Response.StatusCode = result.State == InvitationState.Pending ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status410Gone;
            return;
        }

        var user = await SignInManager.UserManager.FindByIdAsync(result.UserId!);
        if (user is null)
        {
            Navigation.NavigateTo("account/sign-in");
            return;
        }

        await SignInManager.SignInAsync(user, isPersistent: false);
        await Audit.RecordAsync(new PlatformPrincipal(user.Id, user.Email ?? user.Id, [], user.CountryIso3), AuditActions.SignedIn, AccountService.Subject(user), null, "after setting the password of an invitation", CancellationToken.None);
        Navigation.NavigateTo(result.Landing);
    }

    private static string Isolate(string? value) => BidiText.Isolate(value ?? "");

    private static string Moment(DateTimeOffset? at) => at is { } value ? ShownFormat.Moment(value) : "";

    private string Title(InvitationState state) => state switch
    {
        InvitationState.Used => L["State.UsedTitle"],
        InvitationState.Expired => L["State.ExpiredTitle"],
        InvitationState.Revoked => L["State.RevokedTitle"],
        _ => L["State.UnknownTitle"],
    };

    private string Explain(InvitationLink shown) => shown.State switch
    {
        InvitationState.Used => L["State.UsedText", Isolate(shown.Email)],
        InvitationState.Expired => L["State.ExpiredText", Moment(shown.ExpiresAt)],
        InvitationState.Revoked => L["State.RevokedText"],
        _ => L["State.UnknownText"],
    };

    private sealed class AcceptInput : IValidatableObject
    {
        public string Password { get; set; } = "";

        public string Confirm { get; set; } = "";

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var words = (IStringLocalizer<InvitationText>?)validationContext.GetService(typeof(IStringLocalizer<InvitationText>))
                ?? throw new InvalidOperationException("The form's validation context has no IStringLocalizer<InvitationText>.");
            if (string.IsNullOrEmpty(Password))
            {
                yield return new ValidationResult(words["Page.ChoosePassword"], [nameof(Password)]);
            }

            if (string.IsNullOrEmpty(Confirm))
            {
                yield return new ValidationResult(words["Page.TypeAgain"], [nameof(Confirm)]);
            }
        }
    }
}
