using System.Net;
using System.Text.RegularExpressions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Host.Hosting.Localization;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// The language of a page: the account's choice, else the language cookie, else Accept-Language,
/// else English; the language menu's post sets the cookie and, signed in, the account. Arabic pages
/// are right to left, with MudBlazor's RTL layout.
/// </summary>
public sealed partial class CultureResolutionTests(CultureResolutionTests.Platform platform) : IClassFixture<CultureResolutionTests.Platform>
{
    /// <summary>The demo platform, shared by this class's tests.</summary>
    public sealed class Platform : DemoPlatformFactory;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_choice_the_browser_language_decides_and_else_english()
    {
        var client = platform.CreateHttpsClient();

        Assert.Equal("en", await PageLanguageAsync(client, "/account/sign-in"));
        Assert.Equal("es", await PageLanguageAsync(client, "/account/sign-in", "es-MX,es;q=0.9,en;q=0.5"));
        Assert.Equal("fr", await PageLanguageAsync(client, "/account/sign-in", "de-DE,fr;q=0.8"));
        Assert.Equal("en", await PageLanguageAsync(client, "/account/sign-in", "de-DE,ja;q=0.8"));
    }

    [Fact]
    public async Task The_menu_cookie_comes_before_the_browser_language_also_before_sign_in()
    {
        var client = platform.CreateHttpsClient();

        using var chosen = await ChooseAsync(client, "fr", "/account/sign-in?returnUrl=%2Freports");

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/account/sign-in?returnUrl=%2Freports", chosen.Headers.Location?.OriginalString);
        Assert.Contains(chosen.Headers.GetValues("Set-Cookie"), c => c.StartsWith(PlatformCultures.CookieName + "=", StringComparison.Ordinal));
        Assert.Equal("fr", await PageLanguageAsync(client, "/account/sign-in", "es"));
        var html = await GetAsync(client, "/account/sign-in", "es");
        Assert.Contains("Se connecter à MnrPlatform", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_choice_comes_before_the_cookie_and_follows_the_user_to_another_browser()
    {
        var email = DemoAccounts.All.Single(a => a.Role == Roles.Viewer).Email;
        var first = await platform.SignInAsync(email, DemoAccounts.Password);
        using (var chosen = await ChooseAsync(first, "ar", "/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        }

        Assert.Equal("ar", await PageLanguageAsync(first, "/", "en"));

        // Another browser: the menu said French before sign-in, the browser asks for Spanish.
        var second = platform.CreateHttpsClient();
        using (await ChooseAsync(second, "fr", "/"))
        {
        }

        Assert.Equal("fr", await PageLanguageAsync(second, "/", "es"));
        using (var signedIn = await PlatformFactory.PostSignInAsync(second, email, DemoAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        Assert.Equal("ar", await PageLanguageAsync(second, "/", "es"));

        // Back to English from the menu: the account follows.
        using (await ChooseAsync(second, "en", "/"))
        {
        }

        Assert.Equal("en", await PageLanguageAsync(second, "/", "es"));
    }

    [Fact]
    public async Task The_menu_refuses_another_language_and_a_return_address_off_the_site()
    {
        var client = platform.CreateHttpsClient();

        using var unknown = await ChooseAsync(client, "de", "/");
        using var offSite = await ChooseAsync(client, "es", "https://evil.example/");
        using var protocolRelative = await ChooseAsync(client, "es", "//evil.example/");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("'de' is not offered", await unknown.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal("/", offSite.Headers.Location?.OriginalString);
        Assert.Equal("/", protocolRelative.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_arabic_page_is_right_to_left_with_mudblazors_rtl_layout_and_an_english_one_is_not()
    {
        var client = platform.CreateHttpsClient();

        var arabic = await GetAsync(client, "/", "ar");
        var english = await GetAsync(client, "/", "en");

        Assert.Matches("<html lang=\"ar\" dir=\"rtl\">", arabic);
        Assert.Contains("mud-application-layout-rtl", arabic, StringComparison.Ordinal);
        Assert.Contains("نظرة عامة", arabic, StringComparison.Ordinal);
        Assert.Matches("<html lang=\"en\" dir=\"ltr\">", english);
        Assert.DoesNotContain("mud-application-layout-rtl", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_menu_is_on_every_page_with_each_language_in_its_own_name()
    {
        var client = platform.CreateHttpsClient();

        foreach (var path in new[] { "/", "/account/sign-in", "/not-found" })
        {
            var html = await GetAsync(client, path, "es");
            foreach (var culture in PlatformCultures.All)
            {
                Assert.Contains($"lang=\"{culture.Name}\"", html, StringComparison.Ordinal);
                Assert.Contains($">{culture.NativeName}</button>", html, StringComparison.Ordinal);
            }
        }
    }

    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient client, string culture, string returnUrl)
    {
        var token = await PlatformFactory.TokenAsync(client, "/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["culture"] = culture,
            ["returnUrl"] = returnUrl,
        });
        return await client.PostAsync(new Uri(LanguageEndpointPath, UriKind.Relative), form, Cancellation);
    }

    private const string LanguageEndpointPath = "/account/language";

    private static async Task<string> GetAsync(HttpClient client, string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request, Cancellation);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    private static async Task<string> PageLanguageAsync(HttpClient client, string path, string? acceptLanguage = null)
    {
        var match = HtmlLang().Match(await GetAsync(client, path, acceptLanguage));
        return match.Success ? match.Groups[1].Value : "(no lang)";
    }

    [GeneratedRegex("<html lang=\"([^\"]+)\"")]
    private static partial Regex HtmlLang();
}
