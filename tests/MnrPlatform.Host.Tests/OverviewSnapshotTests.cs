using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Demo;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The overview: the capability snapshot (Figure 1), the per-domain headlines and the income split,
/// for every signed-in user as the disclosure rules let them see it; the CSV of each chart's table;
/// the synthetic-data banner for everyone.
/// </summary>
public sealed partial class OverviewSnapshotTests(OverviewSnapshotTests.Platform platform) : IClassFixture<OverviewSnapshotTests.Platform>
{
    [Theory]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Analyst, true)]
    [InlineData(Roles.FocalPoint, false)]
    [InlineData(Roles.Viewer, false)]
    public async Task Everyone_signed_in_sees_the_snapshot_and_only_the_secretariat_can_pick_an_unpublished_round(string role, bool secretariat)
    {
        var client = await platform.SignInAsAsync(role);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("data-testid=\"capability-snapshot\"", html, StringComparison.Ordinal);
        Assert.Contains("Snapshot of capabilities in place · 2021 review", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"domain-headline\"", html, StringComparison.Ordinal);
        Assert.Equal(secretariat, html.Contains("value=\"2026-self-assessment\"", StringComparison.Ordinal));
        Assert.Contains("data-testid=\"synthetic-banner\"", html, StringComparison.Ordinal);
        Assert.Contains(DemoDataset.Label, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reads_the_same_all_country_figures_and_a_suppressed_income_split()
    {
        var analyst = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Analyst).Email, DemoAccounts.Password);
        var viewer = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Viewer).Email, DemoAccounts.Password);
        var ct = TestContext.Current.CancellationToken;

        var secretariatHtml = await analyst.GetStringAsync(new Uri("/?round=2021-review", UriKind.Relative), ct);
        var viewerHtml = await viewer.GetStringAsync(new Uri("/?round=2021-review", UriKind.Relative), ct);

        // Leadership is answered by all 42 countries: nothing to hide, so both read 32 of 42.
        Assert.Equal("32 of 42", Count(secretariatHtml, "policy.leadership.in-place"));
        Assert.Equal("32 of 42", Count(viewerHtml, "policy.leadership.in-place"));
        // By income group the secretariat reads every cell; the viewer's small cells say why they are hidden.
        Assert.Contains("data-testid=\"shares-by-income\"", secretariatHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("suppressed (", secretariatHtml, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"shares-by-income\"", viewerHtml, StringComparison.Ordinal);
        Assert.Contains("suppressed (", viewerHtml, StringComparison.Ordinal);
        Assert.Contains("Cells counting fewer than 5 countries are suppressed", viewerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_of_a_chart_holds_the_table_beside_it_with_the_synthetic_label()
    {
        var client = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Analyst).Email, DemoAccounts.Password);
        var ct = TestContext.Current.CancellationToken;

        using var response = await client.GetAsync(new Uri("/charts/overview.snapshot/table.csv?round=2021-review", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(ct)).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n");
        Assert.Equal("Snapshot of capabilities in place · 2021 review", lines[0]);
        Assert.Contains(lines, l => l.Contains(DemoDataset.Label, StringComparison.Ordinal) || l.Contains(DemoDataset.Label.Replace("\"", "\"\"", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains("Capability,Per cent,Countries (n of N),Domain", lines);
        var html = await client.GetStringAsync(new Uri("/?round=2021-review", UriKind.Relative), ct);
        var rows = lines.SkipWhile(l => !l.StartsWith("Capability,", StringComparison.Ordinal)).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.Equal(18, rows.Count);
        Assert.Contains($"Leadership,76,{Count(html, "policy.leadership.in-place")},", rows.Single(r => r.StartsWith("Leadership,", StringComparison.Ordinal)) + ",", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Viewer, "/charts/overview.snapshot/table.csv?round=2026-self-assessment", HttpStatusCode.NotFound)]
    [InlineData(Roles.Analyst, "/charts/overview.snapshot/table.csv?round=2021-review&breakdown=continent", HttpStatusCode.BadRequest)]
    [InlineData(Roles.Analyst, "/charts/astrology.chart.stars/table.csv?round=2021-review", HttpStatusCode.NotFound)]
    public async Task A_chart_table_download_refuses_what_the_viewer_may_not_see_or_does_not_exist(string role, string path, HttpStatusCode expected)
    {
        var client = await platform.SignInAsAsync(role);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_carries_the_synthetic_data_banner_too()
    {
        var html = await platform.CreateHttpsClient().GetStringAsync(new Uri("/account/sign-in", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains(DemoDataset.Label, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_without_in_place_answers_says_so_and_headlines_its_phases_instead()
    {
        var client = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Analyst).Email, DemoAccounts.Password);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/?round=2023-self-assessment", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("Snapshot of capabilities in place · 2023 self-assessment", html, StringComparison.Ordinal);
        Assert.Contains("No validated answers to these indicators in 2023 self-assessment yet", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-plotly=", html, StringComparison.Ordinal);
        Assert.Matches(@"\d+ of 42 countries \(\d+ per cent\) assess Leadership at phase 3 or above", html);
    }

    [Fact]
    public async Task An_unknown_round_is_named_and_the_default_round_shown()
    {
        var client = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Viewer).Email, DemoAccounts.Password);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/?round=2026-self-assessment", UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("There is no round \"2026-self-assessment\" you can see results of. Showing 2021 review instead.", html, StringComparison.Ordinal);
    }

    private static string Count(string html, string indicator) =>
        CountCell().Match(html[html.IndexOf($"data-indicator=\"{indicator}\"", StringComparison.Ordinal)..]).Groups[1].Value;

    [GeneratedRegex("data-cell=\"count\"[^>]*>([^<]*)<")]
    private static partial Regex CountCell();

    /// <summary>One demo platform for the class (a fixture needs a single constructor).</summary>
    public sealed class Platform : DemoPlatformFactory;
}
