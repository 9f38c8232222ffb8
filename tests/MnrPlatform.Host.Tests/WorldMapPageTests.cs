using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Demo;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The secretariat's world map on the demo data: the countries and values of an indicator or a
/// phase, the same counts as the results API, its CSV, the audit of the read, and who is refused.
/// </summary>
public sealed partial class WorldMapPageTests(WorldMapPageTests.Platform platform) : IClassFixture<WorldMapPageTests.Platform>
{
    private const string Leadership = "policy.leadership.in-place";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_secretariat_sees_the_42_countries_of_an_indicator_and_as_many_counted_as_the_results_api()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = WebUtility.HtmlDecode(await analyst.GetStringAsync(new Uri($"/map?round=2021-review&indicator={Leadership}", UriKind.Relative), Cancellation));
        var results = await analyst.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/rounds/2021-review/results", UriKind.Relative), Cancellation);

        var rows = Rows(html);
        Assert.Equal(42, rows.Count);
        var n = results.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicator").GetString() == Leadership)
            .GetProperty("groups")[0].GetProperty("numerator").GetInt32();
        Assert.Equal(n, rows.Count(r => r.Value == "Counted"));
        Assert.Equal(32, n);
        // Listed by country name, never by value: no league table.
        Assert.Equal(rows.Select(r => r.Name).Order(StringComparer.CurrentCulture), rows.Select(r => r.Name));
        Assert.Contains("Secretariat only: shows named countries. Never publish or use to rank countries.", html, StringComparison.Ordinal);
        Assert.Contains("\"locationmode\":\"ISO-3\"", html, StringComparison.Ordinal);
        Assert.Contains(DemoDataset.Label, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugins_choropleth_chart_id_maps_its_indicator_and_a_capability_maps_its_phases()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var chart = WebUtility.HtmlDecode(await analyst.GetStringAsync(new Uri("/map?round=2021-review&indicator=victim.chart.child-helpline-map", UriKind.Relative), Cancellation));
        var phases = WebUtility.HtmlDecode(await analyst.GetStringAsync(new Uri("/map?round=2023-self-assessment&capability=leadership", UriKind.Relative), Cancellation));

        Assert.DoesNotContain("data-testid=\"map-not-found\"", chart, StringComparison.Ordinal);
        Assert.Equal(40, Rows(chart).Count(r => r.Value == "Counted"));
        Assert.Contains("Maturity phase of Leadership · 2023 self-assessment", phases, StringComparison.Ordinal);
        var values = Rows(phases).Select(r => r.Value).ToList();
        Assert.Equal(42, values.Count);
        Assert.All(values, v => Assert.Matches("^Phase [1-4] · |^No answer$", v));
    }

    [Fact]
    public async Task Without_a_choice_the_map_shows_the_newest_round_with_validated_answers()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = WebUtility.HtmlDecode(await analyst.GetStringAsync(new Uri("/map", UriKind.Relative), Cancellation));

        // The open 2026 round has one validated self-assessment: its phases are mapped.
        Assert.Matches("data-testid=\"world-map\" data-round=\"2026-self-assessment\"", html);
        Assert.Contains("Maturity phase of", html, StringComparison.Ordinal);
        Assert.Single(Rows(html));
    }

    [Fact]
    public async Task An_indicator_nobody_answered_in_the_round_says_so_instead_of_drawing_an_empty_map()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = WebUtility.HtmlDecode(await analyst.GetStringAsync(new Uri($"/map?round=2023-self-assessment&indicator={Leadership}", UriKind.Relative), Cancellation));
        using var csv = await analyst.GetAsync(new Uri($"/map/table.csv?round=2023-self-assessment&indicator={Leadership}", UriKind.Relative), Cancellation);

        Assert.Contains("None of the 42 countries with validated answers in 2023 self-assessment answered this.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-plotly=", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
    }

    [Fact]
    public async Task The_csv_holds_the_table_beside_the_map()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = WebUtility.HtmlDecode(await analyst.GetStringAsync(new Uri($"/map?round=2021-review&indicator={Leadership}", UriKind.Relative), Cancellation));
        using var response = await analyst.GetAsync(new Uri($"/map/table.csv?round=2021-review&indicator={Leadership}", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"map/table.csv?round=2021-review&indicator={Leadership}", html, StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Cancellation)).TrimStart('\uFEFF').Split("\r\n");
        Assert.Contains("Secretariat only: shows named countries. Never publish or use to rank countries.", lines);
        var table = lines.SkipWhile(l => l != "Country,ISO3,Region,Income group,Counted?").Skip(1).Where(l => l.Length > 0).ToList();
        Assert.Equal(Rows(html).Select(r => string.Join(',', Quoted(r.Name), r.Iso3, r.Region, r.IncomeGroup, r.Value)), table);
    }

    [Fact]
    public async Task Every_map_is_an_audited_read_of_the_countries_it_shows()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        await analyst.GetStringAsync(new Uri("/map?round=2021-review&indicator=policy.research-monitoring.in-place", UriKind.Relative), Cancellation);

        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        var reads = await db.AuditEntries
            .Where(a => a.Action == AuditActions.UnitDataRead && a.Subject == "world map 2021-review indicator policy.research-monitoring.in-place")
            .Select(a => a.CountryIso3)
            .ToListAsync(Cancellation);
        Assert.Equal(42, reads.Distinct().Count());
        Assert.Contains("KEN", reads);
    }

    [Theory]
    [InlineData("/map?indicator=astrology.stars", "There is no indicator or map \"astrology.stars\".")]
    [InlineData("/map?capability=astrology", "There is no capability \"astrology\" with a maturity phase.")]
    [InlineData("/map?round=1999-census", "There is no survey round \"1999-census\".")]
    public async Task An_unknown_indicator_capability_or_round_is_named_and_the_default_shown(string path, string message)
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        using var page = await analyst.GetAsync(new Uri(path, UriKind.Relative), Cancellation);
        using var csv = await analyst.GetAsync(new Uri(path.Replace("/map?", "/map/table.csv?", StringComparison.Ordinal), UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Cancellation));
        Assert.Contains("data-testid=\"map-not-found\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.Contains(message, await csv.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.FocalPoint, "/map?round=2021-review")]
    [InlineData(Roles.FocalPoint, "/map/table.csv?round=2021-review&indicator=policy.leadership.in-place")]
    [InlineData(Roles.Viewer, "/map?round=2021-review")]
    [InlineData(Roles.Viewer, "/map/table.csv?round=2021-review&indicator=policy.leadership.in-place")]
    public async Task Focal_points_and_viewers_are_refused(string role, string path)
    {
        var client = await platform.SignInAsAsync(role);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location?.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
        using var denied = await client.GetAsync(response.Headers.Location, Cancellation);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task The_navigation_offers_the_map_to_the_secretariat_only()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var viewer = await platform.SignInAsAsync(Roles.Viewer);

        Assert.Contains("href=\"map\"", await analyst.GetStringAsync(new Uri("/", UriKind.Relative), Cancellation), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"map\"", await viewer.GetStringAsync(new Uri("/", UriKind.Relative), Cancellation), StringComparison.Ordinal);
    }

    private static string Quoted(string text) => text.Contains(',', StringComparison.Ordinal) ? $"\"{text}\"" : text;

    /// <summary>The rows of the map's data table, in page order.</summary>
    private static List<MapRow> Rows(string html)
    {
        var start = html.IndexOf("data-testid=\"world-map-card\"", StringComparison.Ordinal);
        return start < 0 ? [] : [.. RowPattern().Matches(html[start..]).Select(m => new MapRow(m.Groups["name"].Value, m.Groups["iso3"].Value, m.Groups["region"].Value, m.Groups["income"].Value, m.Groups["value"].Value))];
    }

    private sealed record MapRow(string Name, string Iso3, string Region, string IncomeGroup, string Value);

    [GeneratedRegex("""<tr data-indicator="[A-Z]{3}"><th scope="row">(?<name>[^<]*)</th>\s*<td[^>]*data-cell="iso3">(?<iso3>[^<]*)</td>\s*<td[^>]*data-cell="region">(?<region>[^<]*)</td>\s*<td[^>]*data-cell="income-group">(?<income>[^<]*)</td>\s*<td[^>]*data-cell="value">(?<value>[^<]*)</td>""")]
    private static partial Regex RowPattern();

    /// <summary>One demo platform for the class (a fixture needs a single constructor).</summary>
    public sealed class Platform : DemoPlatformFactory;
}
