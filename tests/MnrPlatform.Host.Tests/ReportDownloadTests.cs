using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Demo;
using MnrPlatform.Data.Reports;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// A round's review report for download (<c>/rounds/{round}/report.{html|pdf|md}?audience=…</c>): the
/// public report of a published round for anyone who may see its results, with no count below k; the
/// secretariat's unsuppressed report for the secretariat only, with its banner and never stored.
/// </summary>
public sealed partial class ReportDownloadTests(ReportDownloadTests.Platform platform) : IClassFixture<ReportDownloadTests.Platform>
{
    private const string Review = "2021-review";
    private const string OpenRound = "2026-self-assessment";
    private const int K = 5;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    // The audience decides what a report holds, not who downloads it: the secretariat's public report is the viewer's.
    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Analyst)]
    public async Task A_public_report_holds_the_figures_and_no_count_below_k(string role)
    {
        var client = await platform.SignInAsAsync(role);

        using var response = await GetAsync(client, $"/rounds/{Review}/report.md");
        var markdown = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{Review}-public-report.md", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("**Figure 1. Percentage of surveyed countries with the capability in place**", markdown, StringComparison.Ordinal);
        Assert.Contains("| Leadership | 76 | 32 of 42 |", markdown, StringComparison.Ordinal);
        Assert.Contains(DemoDataset.Label, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewReport.SecretariatBanner, markdown, StringComparison.Ordinal);
        var shares = Share().Matches(markdown);
        Assert.True(shares.Count >= 15, $"{shares.Count} shares in the text");
        foreach (var (n, d, text) in shares.Select(m => (Int(m.Groups[2]), Int(m.Groups[3]), m.Value)).Concat(TableCounts().Matches(markdown).Select(m => (Int(m.Groups[1]), Int(m.Groups[2]), m.Value))))
        {
            Assert.True(n >= K && d - n >= K, $"{text} shows a count below {K}");
        }

        // The helpline's 40 of 42 leaves 2 countries without: withheld in public.
        Assert.Contains("withheld", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("40 of 42", markdown, StringComparison.Ordinal);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.FocalPoint)]
    public async Task The_secretariat_report_is_refused_beyond_the_secretariat(string role)
    {
        var client = await platform.SignInAsAsync(role);

        using var response = await GetAsync(client, $"/rounds/{Review}/report.html?audience=secretariat");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Administrator)]
    public async Task The_secretariat_gets_its_unsuppressed_report_with_the_banner_and_not_stored(string role)
    {
        var client = await platform.SignInAsAsync(role);

        using var response = await GetAsync(client, $"/rounds/{Review}/report.html?audience=secretariat");
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{Review}-secretariat-report.html", response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(response.Headers.CacheControl?.NoStore, "a secretariat report is sent with Cache-Control: no-store");
        Assert.Contains($"<span class=\"banner\">{WebUtility.HtmlEncode(ReviewReport.SecretariatBanner)}</span>", html, StringComparison.Ordinal);
        Assert.Contains("40 of 42", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Roles.Viewer, "public", HttpStatusCode.NotFound)]
    [InlineData(Roles.FocalPoint, "public", HttpStatusCode.NotFound)]
    [InlineData(Roles.Analyst, "public", HttpStatusCode.Conflict)]
    [InlineData(Roles.Analyst, "secretariat", HttpStatusCode.OK)]
    public async Task An_unpublished_round_has_a_secretariat_report_only(string role, string audience, HttpStatusCode expected)
    {
        var client = await platform.SignInAsAsync(role);

        using var response = await GetAsync(client, $"/rounds/{OpenRound}/report.md?audience={audience}");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Conflict)
        {
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"Round {OpenRound} is not published", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Viewer, "public")]
    [InlineData(Roles.Analyst, "secretariat")]
    public async Task An_unknown_round_is_not_found(string role, string audience)
    {
        var client = await platform.SignInAsAsync(role);

        using var response = await GetAsync(client, $"/rounds/1999-census/report.html?audience={audience}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_audience_is_a_bad_request_that_names_the_audiences()
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);

        using var response = await GetAsync(client, $"/rounds/{Review}/report.md?audience=press");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'press' is not a report audience; use public or secretariat.", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Theory]
    [InlineData("html", "text/html", "<!DOCTYPE html>")]
    [InlineData("md", "text/markdown", "# ")]
    public async Task Each_text_format_has_its_content_type(string format, string mediaType, string start)
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        using var response = await GetAsync(client, $"/rounds/{Review}/report.{format}");
        var text = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith(start, text.TrimStart(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Roles.Viewer, "public")]
    [InlineData(Roles.Analyst, "secretariat")]
    public async Task The_pdf_is_printed_by_the_servers_chromium(string role, string audience)
    {
        Requires.Chromium();
        var client = await platform.SignInAsAsync(role);

        using var response = await GetAsync(client, $"/rounds/{Review}/report.pdf?audience={audience}");
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{Review}-{audience}-report.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes");
        Assert.Equal(audience == "secretariat", response.Headers.CacheControl?.NoStore ?? false);
    }

    [Fact]
    public async Task The_overview_links_a_viewer_to_the_public_report_only()
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);

        var html = await client.GetStringAsync(new Uri($"/?round={Review}", UriKind.Relative), Cancellation);

        foreach (var format in new[] { "html", "pdf", "md" })
        {
            Assert.Contains($"href=\"rounds/{Review}/report.{format}?audience=public\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("audience=secretariat", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not for publication", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Review, true)]
    [InlineData(OpenRound, false)]
    public async Task The_overview_links_the_secretariat_to_both_reports_of_a_published_round(string round, bool published)
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);

        var html = await client.GetStringAsync(new Uri($"/?round={round}", UriKind.Relative), Cancellation);

        Assert.Equal(published, html.Contains($"href=\"rounds/{round}/report.pdf?audience=public\"", StringComparison.Ordinal));
        Assert.Contains($"href=\"rounds/{round}/report.pdf?audience=secretariat\"", html, StringComparison.Ordinal);
        Assert.Contains("not for publication", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reports_page_lists_the_viewer_s_published_rounds_only_with_their_public_reports()
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);

        var html = await client.GetStringAsync(new Uri("/reports", UriKind.Relative), Cancellation);

        Assert.Contains("<title>Reports · MnrPlatform</title>", html, StringComparison.Ordinal);
        Assert.Contains($"data-round=\"{Review}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"rounds/{Review}/report.pdf?audience=public\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"rounds/{Review}/results.xlsx\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-round=\"{OpenRound}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("audience=secretariat", html, StringComparison.Ordinal);
        Assert.DoesNotContain("own-country-outputs", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reports_page_gives_the_secretariat_every_round_with_both_reports()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);

        var html = await client.GetStringAsync(new Uri("/reports", UriKind.Relative), Cancellation);

        Assert.Contains($"data-round=\"{OpenRound}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"rounds/{OpenRound}/report.html?audience=secretariat\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"rounds/{OpenRound}/report.html?audience=public\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"rounds/{Review}/report.html?audience=public\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reports_page_links_a_focal_point_to_the_own_country_s_self_assessment_which_downloads()
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        var html = await client.GetStringAsync(new Uri("/reports", UriKind.Relative), Cancellation);
        using var xlsx = await GetAsync(client, $"/countries/{DemoAccounts.FocalPointCountry}/self-assessment.xlsx");

        Assert.Contains("own-country-outputs", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"countries/{DemoAccounts.FocalPointCountry}/self-assessment.pdf\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path) =>
        client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);

    private static int Int(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\((\d+) per cent, (\d+) of (\d+)\)")]
    private static partial Regex Share();

    [GeneratedRegex(@"\| (\d+) of (\d+) \|")]
    private static partial Regex TableCounts();

    /// <summary>The demo host, printing with the tests' Chromium.</summary>
    public sealed class Platform : DemoPlatformFactory
    {
        public Platform() => Settings[ChromiumPdf.Variable] = Requires.ChromiumPath;
    }
}
