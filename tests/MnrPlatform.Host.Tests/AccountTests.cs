using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;

namespace MnrPlatform.Host.Tests;

/// <summary>Sign-in, lockout, rate limit, cookies, first administrator and demo accounts, through HTTP.</summary>
public sealed class AccountTests
{
    private const string AdminEmail = "first.admin@example.org";
    private const string AdminPassword = "first admin passphrase";

    private static PlatformFactory WithInitialAdministrator(string? dataPath = null, bool demo = false)
    {
        var factory = new PlatformFactory(dataPath: dataPath);
        factory.Settings["Accounts:InitialAdministrator:Email"] = AdminEmail;
        factory.Settings["Accounts:InitialAdministrator:Password"] = AdminPassword;
        factory.Settings["Demo:Enabled"] = demo ? "true" : "false";
        return factory;
    }

    private static async Task<List<string>> AuditActionsAsync(PlatformFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MnrDbContext>().AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
    }

    [Fact]
    public async Task The_initial_administrator_from_configuration_signs_in_with_a_secure_http_only_cookie()
    {
        using var factory = WithInitialAdministrator();
        var client = factory.CreateHttpsClient();

        using var response = await PlatformFactory.PostSignInAsync(client, AdminEmail, AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri("https://localhost/secretariat"), new Uri(client.BaseAddress!, response.Headers.Location!));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("mnr.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains(AuditActions.SignedIn, await AuditActionsAsync(factory));
    }

    [Fact]
    public async Task Production_without_configuration_has_no_account_and_no_demo_accounts()
    {
        using var factory = new PlatformFactory();
        var client = factory.CreateHttpsClient();

        var page = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative), TestContext.Current.CancellationToken);
        using var demo = await PlatformFactory.PostSignInAsync(client, DemoAccounts.All[0].Email, DemoAccounts.Password);

        Assert.DoesNotContain("demo-accounts", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, demo.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_wrong_password_shows_one_generic_message_and_is_audited()
    {
        using var factory = WithInitialAdministrator();
        var client = factory.CreateHttpsClient();

        using var wrong = await PlatformFactory.PostSignInAsync(client, AdminEmail, "not the password at all");
        using var unknown = await PlatformFactory.PostSignInAsync(client, "nobody@example.org", "not the password at all");

        var wrongHtml = await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var unknownHtml = await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("data-testid=\"sign-in-error\"", wrongHtml, StringComparison.Ordinal);
        Assert.False(wrong.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("mnr.session=", StringComparison.Ordinal)));
        // The same words for an unknown address: nothing tells which accounts exist.
        static string Message(string html) => html[html.IndexOf("sign-in-error", StringComparison.Ordinal)..][..200];
        Assert.Equal(Message(wrongHtml), Message(unknownHtml));
        Assert.Contains(AuditActions.SignInFailed, await AuditActionsAsync(factory));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_fails()
    {
        using var factory = WithInitialAdministrator();
        var client = factory.CreateHttpsClient();

        for (var i = 0; i < AccountRules.MaxFailedSignIns; i++)
        {
            using var _ = await PlatformFactory.PostSignInAsync(client, AdminEmail, $"wrong password {i}");
        }

        using var right = await PlatformFactory.PostSignInAsync(client, AdminEmail, AdminPassword);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("it is locked for 15 minutes after too many failed attempts", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains(AuditActions.LockedOut, await AuditActionsAsync(factory));
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_client()
    {
        using var factory = WithInitialAdministrator();
        factory.Settings["Accounts:SignInRateLimit:PermitLimit"] = "3";
        var client = factory.CreateHttpsClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await PlatformFactory.PostSignInAsync(client, "someone@example.org", "guessing a password");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.Contains("Retry-After"));
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/", "/secretariat")]
    [InlineData("//evil.example/", "/secretariat")]
    [InlineData("/\\evil.example/", "/secretariat")]
    [InlineData("/admin/audit", "/admin/audit")]
    public async Task Sign_in_returns_to_local_addresses_only(string returnUrl, string expectedPath)
    {
        using var factory = WithInitialAdministrator();
        var client = factory.CreateHttpsClient();

        using var response = await PlatformFactory.PostSignInAsync(client, AdminEmail, AdminPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = new Uri(client.BaseAddress!, response.Headers.Location!);
        Assert.Equal("localhost", target.Authority);
        Assert.Equal(expectedPath, target.AbsolutePath);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        using var factory = WithInitialAdministrator();
        string userId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var system = PlatformPrincipal.System("test");
            userId = (await accounts.CreateAsync(system, new NewAccount("viewer@example.org", Roles.Viewer, null, "viewer passphrase"), TestContext.Current.CancellationToken)).UserId!;
            Assert.True((await accounts.SetDisabledAsync(system, userId, true, TestContext.Current.CancellationToken)).Succeeded);
        }

        using var response = await PlatformFactory.PostSignInAsync(factory.CreateHttpsClient(), "viewer@example.org", "viewer passphrase");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sign-in-error", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Viewer, "", "role=Viewer")]
    [InlineData(Roles.FocalPoint, "gha", "role=FocalPoint, country=GHA")]
    public async Task An_administrator_changes_a_role_on_the_edit_page(string role, string country, string expected)
    {
        using var factory = WithInitialAdministrator();
        string userId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
                PlatformPrincipal.System("test"), new NewAccount("analyst@example.org", Roles.Analyst, null, "analyst passphrase"), TestContext.Current.CancellationToken);
            userId = created.UserId!;
        }

        var client = await factory.SignInAsync(AdminEmail, AdminPassword);
        var page = $"/admin/users/{userId}";
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "role",
            ["__RequestVerificationToken"] = await PlatformFactory.TokenAsync(client, page),
            ["RoleForm.Role"] = role,
            ["RoleForm.Country"] = country,
        });
        using var response = await client.PostAsync(new Uri(page, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("done=role", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        await using var check = factory.Services.CreateAsyncScope();
        var account = await check.ServiceProvider.GetRequiredService<AccountService>().FindAsync(userId);
        Assert.Equal(expected, AccountService.Describe(account!.Role, account.CountryIso3));
    }

    [Fact]
    public async Task Demo_accounts_are_disabled_when_demo_mode_is_turned_off()
    {
        using var data = new TempDirectory();
        using (var demo = WithInitialAdministrator(data.Path, demo: true))
        {
            var page = await demo.CreateHttpsClient().GetStringAsync(new Uri("/account/sign-in", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("demo only", page, StringComparison.Ordinal);
            _ = await demo.SignInAsync(DemoAccounts.All[0].Email, DemoAccounts.Password);
        }

        using var production = WithInitialAdministrator(data.Path, demo: false);
        using var response = await PlatformFactory.PostSignInAsync(production.CreateHttpsClient(), DemoAccounts.All[0].Email, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = production.Services.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(TestContext.Current.CancellationToken);
        // The demo run created them, so this is not an assertion over nothing.
        Assert.Equal(DemoAccounts.All.Count, accounts.Count(a => a.IsDemo));
        Assert.All(accounts.Where(a => a.IsDemo), a => Assert.True(a.IsDisabled, a.Email));
        Assert.Contains(accounts, a => a.Email == AdminEmail && !a.IsDisabled);
    }

    [Fact]
    public async Task Demo_accounts_are_enabled_again_when_demo_mode_returns()
    {
        using var data = new TempDirectory();
        using (var demo = WithInitialAdministrator(data.Path, demo: true))
        {
            _ = demo.Services;
        }

        using (var production = WithInitialAdministrator(data.Path, demo: false))
        {
            _ = production.Services;
        }

        using var again = WithInitialAdministrator(data.Path, demo: true);
        _ = await again.SignInAsync(DemoAccounts.All[0].Email, DemoAccounts.Password);

        await using var scope = again.Services.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(DemoAccounts.All.Count, accounts.Count(a => a.IsDemo && !a.IsDisabled));
    }

    [Fact]
    public async Task Changing_the_own_password_states_the_minimum_length_and_keeps_the_session()
    {
        using var factory = WithInitialAdministrator();
        var client = await factory.SignInAsync(AdminEmail, AdminPassword);

        async Task<string> PostAsync(string newPassword)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "change-password",
                ["__RequestVerificationToken"] = await PlatformFactory.TokenAsync(client, "/account/password"),
                ["Input.Current"] = AdminPassword,
                ["Input.New"] = newPassword,
                ["Input.Confirm"] = newPassword,
            });
            using var response = await client.PostAsync(new Uri("/account/password", UriKind.Relative), form, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        var tooShort = await PostAsync("short");
        var changed = await PostAsync("a new admin passphrase");

        Assert.Contains($"The new password needs at least {AccountRules.MinimumPasswordLength} characters.", tooShort, StringComparison.Ordinal);
        Assert.DoesNotContain("password-changed", tooShort, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"password-changed\"", changed, StringComparison.Ordinal);
        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        using var factory = new PlatformFactory();
        var client = factory.CreateHttpsClient();

        foreach (var path in new[] { "/", "/account/sign-in", "/no/such/page", "/healthz" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }
    }
}
