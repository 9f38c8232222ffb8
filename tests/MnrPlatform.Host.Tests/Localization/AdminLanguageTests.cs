using System.Globalization;
using System.Net;
using System.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Invitations;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// Administration, access tokens and invitations in French, Spanish and Arabic (issue 22): the pages' words, an account
/// message the service refuses with, an invitation that opens in the language it was sent in, the outbox's languages;
/// and the pages that need data made here (an account's own page, a pending invitation) in the pseudo-language.
/// </summary>
public sealed class AdminLanguageTests(PseudoPlatformFactory platform) : IClassFixture<PseudoPlatformFactory>
{
    private static readonly AccessScope Secretariat = AccessScope.For(PlatformPrincipal.System("test"));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fr", "Utilisateurs", "Ajouter un utilisateur", "ltr")]
    [InlineData("es", "Usuarios", "Añadir usuario", "ltr")]
    [InlineData("ar", "المستخدمون", "إضافة مستخدم", "rtl")]
    public async Task The_users_page_speaks_the_visitor_s_language(string language, string title, string add, string direction)
    {
        var client = await platform.SignInAsAsync(Roles.Administrator);

        var html = await GetAsync(client, "/admin/users", language);

        Assert.Contains($"dir=\"{direction}\"", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains(add, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Add user", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_too_short_is_refused_in_Spanish_on_the_account_page()
    {
        var client = await platform.SignInAsAsync(Roles.Administrator);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var page = $"/admin/users/{await UserIdAsync("viewer@demo.invalid")}";
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "password",
            ["__RequestVerificationToken"] = await PlatformFactory.TokenAsync(client, page),
            ["PasswordForm.Password"] = "short",
        });

        using var response = await client.PostAsync(new Uri(page, UriKind.Relative), form, Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"La contraseña debe tener al menos {AccountRules.MinimumPasswordLength} caracteres.", html, StringComparison.Ordinal);
        Assert.Contains("Establecer una nueva contraseña", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Passwords must be at least", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_sent_in_French_opens_in_French_unless_the_visitor_chose_another_language()
    {
        var issued = await InviteAsync("francophone@gov.test", "fr");
        var path = issued.Link.AbsolutePath;
        var visitor = platform.CreateHttpsClient();

        using var first = await visitor.SendAsync(Get(path, "en"), Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"{path}?language=fr", first.Headers.Location?.PathAndQuery);
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mnr.culture=c%3Dfr%7Cuic%3Dfr", StringComparison.Ordinal));

        var french = await GetAsync(visitor, first.Headers.Location!.PathAndQuery, "en");
        Assert.Contains("<html lang=\"fr\"", french, StringComparison.Ordinal);
        Assert.Contains("Définissez votre mot de passe", french, StringComparison.Ordinal);
        Assert.Contains("Définir le mot de passe et commencer", french, StringComparison.Ordinal);

        // Someone who chose Arabic in the language menu keeps it: no redirect, an Arabic page, right to left.
        var chose = platform.CreateHttpsClient();
        chose.DefaultRequestHeaders.Add("Cookie", "mnr.culture=c%3Dar%7Cuic%3Dar");
        using var arabic = await chose.SendAsync(Get(path, "fr"), Cancellation);
        var html = await arabic.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.OK, arabic.StatusCode);
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("عيِّنوا كلمة المرور", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outbox_page_shows_each_message_s_language_and_its_subject_in_that_language()
    {
        await InviteAsync("arabophone@gov.test", "ar");
        var client = await platform.SignInAsAsync(Roles.Administrator);

        var html = WebUtility.HtmlDecode(await GetAsync(client, "/admin/outbox", "fr"));

        Assert.Contains("Boîte d'envoi des e-mails", html, StringComparison.Ordinal);
        Assert.Matches("data-culture=\"ar\"[^>]*><span lang=\"ar\"[^>]*>العربية</span>", html);
        Assert.Contains("دعوة: مسؤول التنسيق عن", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_audit_action_has_a_label()
    {
        var words = new ResourceManager(typeof(AdminText).FullName!, typeof(AdminText).Assembly);

        var missing = AuditActions.All.Where(a => words.GetString("AuditAction." + a, CultureInfo.InvariantCulture) is null).ToList();

        Assert.NotEmpty(AuditActions.All);
        Assert.True(missing.Count == 0, $"No label for: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task An_account_s_own_page_and_a_pending_invitation_show_no_text_that_skipped_the_localizer()
    {
        var issued = await InviteAsync("pseudo.visitor@gov.test", "en");
        var admin = await platform.SignInAsAsync(Roles.Administrator);
        var data = await DataValuesAsync();

        foreach (var (client, path) in new[]
        {
            (admin, $"/admin/users/{await UserIdAsync("focal.point@demo.invalid")}"),
            (admin, $"/admin/users/{await UserIdAsync("viewer@demo.invalid")}"),
            (platform.CreateHttpsClient(), issued.Link.AbsolutePath),
        })
        {
            var html = await GetAsync(client, path, PseudoLocalization.Culture);
            Assert.Contains(PseudoLocalization.Open, html, StringComparison.Ordinal);
            var leftovers = UiTextScan.Leftovers(html, data);
            Assert.True(leftovers.Count == 0, $"{path}: {leftovers.Count} text(s) did not go through the localizer:\n{string.Join("\n", leftovers)}");
        }
    }

    private async Task<InvitationIssued> InviteAsync(string email, string language)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FocalPointInvitations>()
            .InviteAsync(Secretariat, new InvitationRequest(email, "KEN", null, null, language), new Uri("https://localhost/"), Cancellation);
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MnrDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Cancellation);
    }

    private async Task<IReadOnlySet<string>> DataValuesAsync()
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        var values = new HashSet<string>(await db.Countries.Select(c => c.Name).ToListAsync(Cancellation), StringComparer.Ordinal) { "MnrPlatform" };
        values.UnionWith(DemoAccounts.All.Select(a => a.Email));
        return values;
    }

    private static HttpRequestMessage Get(string path, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    private static Task<string> GetAsync(HttpClient client, string path, string language) => client.GetInAsync(path, language);
}
