using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The per-domain pages: the list of domains, and a domain's charts and indicators for the chosen
/// round and breakdown, with the same numbers, scoping and suppression as the API and the CSVs.
/// </summary>
public sealed partial class DomainPagesTests(DomainPagesTests.Platform platform) : IClassFixture<DomainPagesTests.Platform>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<string> PageAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(path, UriKind.Relative), Cancellation));

    [Fact]
    public async Task The_list_has_a_card_per_domain_linking_to_its_page()
    {
        var catalog = platform.Services.GetRequiredService<FrameworkCatalog>();

        var html = await PageAsync(platform.CreateHttpsClient(), "/domains");

        var cards = DomainCard().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(catalog.Domains.Select(d => d.Content.Domain.Code), cards);
        Assert.Contains("href=\"domains/policy\"", html, StringComparison.Ordinal);
        Assert.Contains("mnrplatform.domains.policy", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("income-group")]
    public async Task The_secretariat_reads_the_same_n_of_N_as_the_api(string breakdown)
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = await PageAsync(analyst, $"/domains/policy?round=2021-review&tab=indicators&breakdown={breakdown}");
        var api = await analyst.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/rounds/2021-review/results?breakdown={breakdown}", UriKind.Relative), Cancellation);

        var compared = 0;
        foreach (var indicator in api.GetProperty("indicators").EnumerateArray().Where(i => i.GetProperty("domain").GetString() == "policy"))
        {
            foreach (var group in indicator.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("denominator").GetInt32() > 0))
            {
                var code = breakdown == "all" ? "all" : group.GetProperty("code").GetString()!;
                var expected = $"{group.GetProperty("numerator").GetInt32()} of {group.GetProperty("denominator").GetInt32()}";
                Assert.Equal(expected, Counts(html, indicator.GetProperty("indicator").GetString()!, code));
                compared++;
            }
        }

        Assert.True(compared >= 3, $"only {compared} cells compared");
        Assert.DoesNotContain("suppressed (", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_sees_small_income_groups_suppressed_and_no_unpublished_round()
    {
        var viewer = await platform.SignInAsAsync(Roles.Viewer);

        var html = await PageAsync(viewer, "/domains/victim?round=2021-review&tab=indicators&breakdown=income-group");
        var open = await PageAsync(viewer, "/domains/victim?round=2026-self-assessment");

        Assert.Contains("suppressed (small group)", html, StringComparison.Ordinal);
        Assert.Contains("Cells counting fewer than 5 countries are suppressed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"2026-self-assessment\"", html, StringComparison.Ordinal);
        Assert.Contains("There is no round \"2026-self-assessment\" you can see results of.", open, StringComparison.Ordinal);
        Assert.DoesNotContain("data-round=\"2026-self-assessment\"", open, StringComparison.Ordinal);
        // All-country figures are not small: the viewer reads them.
        Assert.Matches(@"data-counts[^>]*>\d+ of \d+<", html);
    }

    [Fact]
    public async Task The_phase_distribution_csv_holds_the_table_on_the_page()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = await PageAsync(analyst, "/domains/policy?round=2023-self-assessment");
        using var response = await analyst.GetAsync(new Uri("/charts/policy.chart.phase-distribution/table.csv?round=2023-self-assessment", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Cancellation)).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n").SkipWhile(l => !l.StartsWith("Capability,", StringComparison.Ordinal)).Where(l => l.Length > 0).ToList();
        var card = html[html.IndexOf("data-chart=\"policy.chart.phase-distribution\"", StringComparison.Ordinal)..];
        card = card[..card.IndexOf("</table>", StringComparison.Ordinal)];
        var header = string.Join(",", Header().Matches(card).Select(m => Csv(m.Groups[1].Value)));
        var rows = Row().Matches(card).Select(m => string.Join(",", Cell().Matches(m.Value).Select(c => Csv(c.Groups[1].Value)))).ToList();
        Assert.Equal(header, lines[0]);
        Assert.Equal("Capability,Phase 1 (per cent),Phase 1 (n of N),Phase 2 (per cent),Phase 2 (n of N),Phase 3 (per cent),Phase 3 (n of N),Phase 4 (per cent),Phase 4 (n of N)", lines[0]);
        Assert.Equal(rows, lines.Skip(1));
        Assert.Equal(3, rows.Count);
        Assert.Contains("data-plotly=", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enhanced_navigation_request_gets_the_page_with_the_results_to_patch_in()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/domains/policy?round=2021-review&breakdown=region&tab=indicators", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", "text/html; blazor-enhanced-nav=on");

        using var response = await analyst.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("allow", Assert.Single(response.Headers.GetValues("blazor-enhanced-nav")));
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("id=\"domain-results\"", html, StringComparison.Ordinal);
        Assert.Contains("data-breakdown=\"region\" data-tab=\"indicators\"", html, StringComparison.Ordinal);
        // The switches are a GET form that enhanced navigation submits, and plain links; nothing is left for htmx.
        Assert.Matches("<form method=\"get\" action=\"domains/policy\" data-enhance[^>]*data-testid=\"domain-controls\"", html);
        Assert.Contains("href=\"domains/policy?round=2021-review&amp;breakdown=region\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" hx-", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("continent", "\"continent\" is not a breakdown. Showing all countries.")]
    [InlineData("INCOME-GROUP", null)]
    public async Task A_breakdown_that_is_not_one_shows_all_countries_and_says_why(string breakdown, string? message)
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = await PageAsync(analyst, $"/domains/industry?round=2021-review&breakdown={breakdown}&tab=indicators");

        Assert.Equal(message is not null, html.Contains("data-testid=\"unknown-breakdown\"", StringComparison.Ordinal));
        if (message is not null)
        {
            Assert.Contains(message, html, StringComparison.Ordinal);
            Assert.Contains("data-breakdown=\"all\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_secretariat_gets_a_link_to_the_map_and_a_viewer_does_not()
    {
        var analyst = await PageAsync(await platform.SignInAsAsync(Roles.Analyst), "/domains/victim?round=2021-review");
        var viewer = await PageAsync(await platform.SignInAsAsync(Roles.Viewer), "/domains/victim?round=2021-review");

        Assert.Matches("href=\"map\\?round=2021-review&indicator=victim\\.[a-z-]+\\.in-place\"", analyst);
        Assert.DoesNotContain("data-testid=\"chart-link\"", viewer, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"victim.chart.in-place\"", viewer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_domain_is_not_found()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        using var response = await analyst.GetAsync(new Uri("/domains/astrology", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    /// <summary>The n of N in <paramref name="indicator"/>'s row of the Indicators tab, in the column of group <paramref name="code"/>.</summary>
    private static string Counts(string html, string indicator, string code)
    {
        var row = html[html.IndexOf($"<tr data-indicator=\"{indicator}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        var cell = row[row.IndexOf($"data-group=\"{code}\"", StringComparison.Ordinal)..];
        return CountsSpan().Match(cell).Groups[1].Value;
    }

    private static string Csv(string text)
    {
        var value = text.Trim();
        return value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    [GeneratedRegex("data-testid=\"domain-card\" data-domain=\"([^\"]+)\"")]
    private static partial Regex DomainCard();

    [GeneratedRegex("data-counts[^>]*>([^<]*)<")]
    private static partial Regex CountsSpan();

    [GeneratedRegex("<th scope=\"col\"[^>]*>([^<]*)</th>")]
    private static partial Regex Header();

    [GeneratedRegex("<tr data-indicator=[\\s\\S]*?</tr>")]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>([^<]*)</t[hd]>")]
    private static partial Regex Cell();

    /// <summary>One demo platform for the class (a fixture needs a single constructor).</summary>
    public sealed class Platform : DemoPlatformFactory;
}
