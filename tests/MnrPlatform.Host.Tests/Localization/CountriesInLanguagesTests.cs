using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// The country profile, the Plugins page and the secretariat's dashboard in French, Spanish and Arabic:
/// the page's own words from its resource file, the plugins' texts from their translations.
/// </summary>
public sealed class CountriesInLanguagesTests(CountriesInLanguagesTests.Platform platform) : IClassFixture<CountriesInLanguagesTests.Platform>
{
    /// <summary>The demo platform, shared by this class's tests.</summary>
    public sealed class Platform : DemoPlatformFactory;

    private static readonly ResourceText CountryWords = new(typeof(CountryText));
    private static readonly ResourceText PluginWords = new(typeof(PluginText));
    private static readonly ResourceText SecretariatWords = new(typeof(SecretariatText));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task A_profile_shows_capability_names_from_the_plugins_translations_and_its_own_words(string culture)
    {
        var language = CultureInfo.GetCultureInfo(culture);
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        var html = await GetAsync(client, "/countries/KEN", culture);

        var catalog = platform.Services.GetRequiredService<FrameworkCatalog>();
        var shown = catalog.Capabilities.Where(c => html.Contains($"data-capability=\"{c.Item.Code}\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shown);
        foreach (var capability in shown)
        {
            var translated = capability.Item.Name.For(language);
            Assert.NotEqual(capability.Item.Name.English, translated);
            Assert.Contains(translated, html, StringComparison.Ordinal);
        }

        foreach (var key in new[] { "Findings.Title", "Plan.CurrentPhase", "Header.Outputs", "History.Title" })
        {
            var word = CountryWords.Get(key, language);
            Assert.NotEqual(CountryWords.Get(key, CultureInfo.InvariantCulture), word);
            Assert.Contains(word, html, StringComparison.Ordinal);
        }

        Assert.Contains($"<html lang=\"{culture}\" dir=\"{(culture == "ar" ? "rtl" : "ltr")}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plugins_page_in_arabic_shows_status_words_and_coverage_in_arabic()
    {
        var arabic = CultureInfo.GetCultureInfo("ar");
        var admin = await platform.SignInAsAsync(Roles.Administrator);

        var html = await GetAsync(admin, "/plugins", "ar");

        var active = PluginWords.Get("Status.Active", arabic);
        Assert.Matches($"data-testid=\"plugin-status\" data-status=\"Active\"[^>]*>(<[^>]+>)*{active}<", html);
        Assert.DoesNotContain(">Active<", html, StringComparison.Ordinal);
        Assert.Contains($"aria-label=\"{PluginWords.Get("Coverage.Label", arabic)}\"", html, StringComparison.Ordinal);
        // Every coverage chip is described in Arabic: the language's Arabic name and the Arabic sentence around the counts.
        var french = PluginWords.Get("Language.fr", arabic);
        var sentence = PluginWords.Get("Coverage.Complete", arabic).Split('{')[0];
        Assert.Contains($"title=\"{french}{sentence}", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariat_dashboard_in_spanish_shows_its_cards_in_spanish()
    {
        var spanish = CultureInfo.GetCultureInfo("es");
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = await GetAsync(analyst, "/secretariat", "es-ES");

        foreach (var key in new[] { "Dashboard.Title", "Attention.Queries", "Attention.Validation", "Attention.Exchanges", "Attention.Plugins", "Workload.OpenRounds" })
        {
            var word = SecretariatWords.Get(key, spanish);
            Assert.NotEqual(SecretariatWords.Get(key, CultureInfo.InvariantCulture), word);
            Assert.Contains(word, html, StringComparison.Ordinal);
        }

        var draft = new ResourceText(typeof(SurveyText)).Get("Submission.Status.Draft", spanish);
        Assert.NotEqual("Draft", draft);
        Assert.Contains(draft, html, StringComparison.Ordinal);
        Assert.Contains($"<title>{SecretariatWords.Get("Dashboard.PageTitle", spanish)}</title>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"es\" dir=\"ltr\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("radar")]
    [InlineData("history")]
    public async Task A_profile_chart_download_is_the_same_file_in_every_language(string chart)
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);
        var path = $"/countries/KEN/charts/{chart}.csv?round=2023-self-assessment";

        var english = await GetAsync(client, path, "en");
        var french = await GetAsync(client, path, "fr");
        var arabic = await GetAsync(client, path, "ar");

        Assert.StartsWith(CountryWords.Get(chart == "radar" ? "Radar.TitleIn" : "History.Title", CultureInfo.InvariantCulture).Split('·')[0].Trim('"'), english.TrimStart('\uFEFF', '"'), StringComparison.Ordinal);
        Assert.Equal(english, french);
        Assert.Equal(english, arabic);
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string acceptLanguage) => WebUtility.HtmlDecode(await client.GetInAsync(path, acceptLanguage));
}
