using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// The domain pages, the charts and the overview's headlines in French, Spanish and Arabic: the
/// host's words from DomainText, the plugins' own translations, the figures' words, and downloads
/// that stay English.
/// </summary>
public sealed class DomainLanguageTests(DomainLanguageTests.Platform platform) : IClassFixture<DomainLanguageTests.Platform>
{
    /// <summary>The demo platform, shared by this class's tests.</summary>
    public sealed class Platform : DemoPlatformFactory;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ar")]
    public async Task A_domain_page_shows_the_plugins_capability_names_and_the_hosts_words_in_the_language(string culture)
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);
        var policy = platform.Services.GetRequiredService<FrameworkCatalog>().Domain("policy")!;

        var page = await PageAsync(client, "/domains/policy?round=2021-review&tab=indicators", culture);

        var shown = page.QuerySelectorAll("[data-testid=capability-indicators] h3").Select(h => h.TextContent.Trim()).ToList();
        var expected = policy.Content.Capabilities.Select(c => c.Name.For(CultureInfo.GetCultureInfo(culture))).ToList();
        Assert.NotEqual(policy.Content.Capabilities.Select(c => c.Name.English), expected);
        Assert.Equal(expected, shown.Take(expected.Count));
        Assert.Equal(Word(culture, "Tabs.Indicators"), page.QuerySelector("[data-testid=tab-indicators]")!.TextContent.Trim());
        Assert.Equal(Word(culture, "Table.Indicator"), page.QuerySelector("[data-testid=indicator-table] thead th")!.TextContent.Trim());
        Assert.Equal(culture == "ar" ? "rtl" : "ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_charts_figure_under_french_has_french_titles_axis_and_legend()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);

        var page = await PageAsync(client, "/domains/policy?round=2021-review", "fr");

        var card = page.QuerySelectorAll("[data-testid=domain-chart]").First(c => c.QuerySelector("mnr-plot") is not null);
        using var figure = JsonDocument.Parse(card.QuerySelector("mnr-plot")!.GetAttribute("data-plotly")!);
        var layout = figure.RootElement.GetProperty("layout");
        Assert.Equal(Word("fr", "Figure.PercentAxis"), layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.NotEqual("Percentage of countries", Word("fr", "Figure.PercentAxis"));
        var traces = figure.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Contains(traces, t => t.GetProperty("hovertemplate").GetString()!.Contains(Word("fr", "Figure.PerCent"), StringComparison.Ordinal));
        var chartId = card.GetAttribute("data-chart")!;
        var chart = platform.Services.GetRequiredService<FrameworkCatalog>().Chart(chartId)!;
        Assert.StartsWith(chart.Item.Title.For(CultureInfo.GetCultureInfo("fr")), card.QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(Word("fr", "Chart.DataTable"), card.QuerySelector("details.chart-table summary")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_arabic_overview_headline_names_the_capability_in_arabic_without_the_english_phase_suffix()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);
        var catalog = platform.Services.GetRequiredService<FrameworkCatalog>();
        var arabic = CultureInfo.GetCultureInfo("ar");

        var page = await PageAsync(client, "/?round=2023-self-assessment", "ar");

        var rows = page.QuerySelectorAll("[data-testid=domain-headline] li[data-indicator]").ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var indicator = catalog.Indicator(row.GetAttribute("data-indicator")!)!;
            var capability = catalog.Capability(indicator.Item.CapabilityCode)!.Item.Name;
            var sentence = row.QuerySelector(".headline-sentence")!.TextContent;
            Assert.Contains(capability.For(arabic), sentence, StringComparison.Ordinal);
            Assert.DoesNotContain(capability.English, sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("phase 3 or above", sentence, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_chart_tables_csv_under_arabic_equals_the_english_one()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);
        const string path = "/charts/overview.snapshot/table.csv?round=2021-review";

        var english = await TextAsync(client, path, "en");
        var arabic = await TextAsync(client, path, "ar");

        Assert.Contains("Capability", english, StringComparison.Ordinal);
        Assert.Equal(english, arabic);
    }

    // A word of DomainText in a culture, as the resource files hold it.
    private string Word(string culture, string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return platform.Services.GetRequiredService<IStringLocalizer<DomainText>>()[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static async Task<IDocument> PageAsync(HttpClient client, string path, string culture) =>
        new HtmlParser().ParseDocument(await TextAsync(client, path, culture));

    private static async Task<string> TextAsync(HttpClient client, string path, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(culture);
        using var response = await client.SendAsync(request, Cancellation);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(Cancellation);
    }
}
