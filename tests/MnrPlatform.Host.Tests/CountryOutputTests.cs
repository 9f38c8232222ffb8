using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Demo;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// A country's outputs (self-assessment summary and action plan as HTML, PDF and XLSX): read as the
/// profile is (its focal points and the secretariat, audited), and holding the profile reader's plan.
/// </summary>
public sealed partial class CountryOutputTests(CountryOutputTests.Platform platform) : IClassFixture<CountryOutputTests.Platform>
{
    private const string SelfAssessment = "2023-self-assessment";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("html")]
    [InlineData("xlsx")]
    [InlineData("pdf")]
    public async Task The_focal_point_gets_its_own_country_and_is_refused_another(string format)
    {
        if (format == "pdf")
        {
            Requires.Chromium();
        }

        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        using var own = await client.GetAsync(new Uri($"/countries/KEN/self-assessment.{format}?round={SelfAssessment}", UriKind.Relative), Cancellation);
        using var other = await client.GetAsync(new Uri($"/countries/GHA/self-assessment.{format}?round={SelfAssessment}", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.True(own.Headers.CacheControl?.NoStore, $"{format}: a country's answers must not be stored (Cache-Control: {own.Headers.CacheControl})");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Contains("/account/access-denied", other.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("xlsx")]
    [InlineData("pdf")]
    public async Task A_viewer_is_refused(string format)
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/countries/KEN/self-assessment.{format}", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/countries/XXX/self-assessment.html")]
    [InlineData("/countries/KEN/self-assessment.xlsx?round=1999-census")]
    public async Task An_unknown_country_or_round_is_not_found(string path)
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_secretariats_reads_are_audited()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);
        var before = await AuditedReadsAsync("GHA");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/countries/GHA/self-assessment.html?round={SelfAssessment}", UriKind.Relative), Cancellation));
        await client.GetByteArrayAsync(new Uri($"/countries/GHA/self-assessment.xlsx?round={SelfAssessment}", UriKind.Relative), Cancellation);

        Assert.Contains("<h1>Ghana</h1>", html, StringComparison.Ordinal);
        Assert.Equal(before + 2, await AuditedReadsAsync("GHA"));
    }

    [Fact]
    public async Task The_page_is_standalone_and_holds_the_summary_and_the_plan()
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        using var response = await client.GetAsync(new Uri($"/countries/KEN/self-assessment.html?round={SelfAssessment}", UriKind.Relative), Cancellation);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancellation));

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("css/self-assessment.css", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("Self-assessment summary and action plan · 2023 self-assessment", html, StringComparison.Ordinal);
        Assert.Contains(DemoDataset.Label, html, StringComparison.Ordinal);
        var plan = await ProfilePlanAsync("KEN");
        Assert.NotEmpty(plan);
        Assert.Equal(plan.Select(p => p.CapabilityCode), PlanItem().Matches(html).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task The_profile_links_to_the_outputs_of_its_round()
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        var html = await client.GetStringAsync(new Uri($"/countries/KEN?round={SelfAssessment}", UriKind.Relative), Cancellation);

        Assert.Contains($"href=\"countries/KEN/self-assessment.html?round={SelfAssessment}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"countries/KEN/self-assessment.xlsx?round={SelfAssessment}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"countries/KEN/self-assessment.pdf?round={SelfAssessment}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_is_the_page_printed_on_a4_with_its_stylesheet()
    {
        Requires.Chromium();
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        using var response = await client.GetAsync(new Uri($"/countries/KEN/self-assessment.pdf?round={SelfAssessment}", UriKind.Relative), Cancellation);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"KEN-self-assessment-{SelfAssessment}.pdf", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        // Chromium prints on US Letter unless the page says otherwise: A4 pages mean the inlined stylesheet's @page rule
        // applied; the action plan starts a page of its own, so there are at least two.
        var pages = MediaBox().Matches(System.Text.Encoding.Latin1.GetString(bytes)).Select(m => (Width: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Height: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.True(Math.Abs(p.Width - 595) < 2 && Math.Abs(p.Height - 842) < 2, $"a page of {p.Width} × {p.Height} pt is not A4"));
    }

    [Fact]
    public async Task The_xlsx_action_plan_holds_the_profile_readers_plan()
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        var bytes = await client.GetByteArrayAsync(new Uri($"/countries/KEN/self-assessment.xlsx?round={SelfAssessment}", UriKind.Relative), Cancellation);

        using var book = new XlsxSheets(bytes);
        Assert.Equal(["summary", "action plan", "read me"], book.Names);
        var summary = book.Rows("summary");
        var planRows = book.Rows("action plan");
        var plan = await ProfilePlanAsync("KEN");

        Assert.Equal(21, summary.Count - 1);
        Assert.Equal(["domain", "capability code", "capability", "current phase", "target phase", "actions", "owner", "timeline", "support wanted"], planRows[0]);
        var expected = plan.Select(c => new[]
        {
            c.CapabilityCode,
            c.Name,
            c.Phase?.ToString(CultureInfo.InvariantCulture) ?? "",
            c.Plan!.TargetPhase?.ToString(CultureInfo.InvariantCulture) ?? "",
            c.Plan.Actions ?? "",
            c.Plan.Owner ?? "",
            c.Plan.Timeline ?? "",
            string.Join("; ", c.Plan.SupportWanted),
        }).ToList();
        Assert.Equal(expected, planRows.Skip(1).Select(r => r.Skip(1).Concat(Enumerable.Repeat("", 9)).Take(8).ToArray()).ToList());
    }

    // The plan as the profile reader reads it (as the system, for the secretariat).
    private async Task<List<CapabilityStatus>> ProfilePlanAsync(string country)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<CountryProfileReader>();
        var profile = await reader.ReadAsync(AccessScope.For(PlatformPrincipal.System("test")), SelfAssessment, country, Cancellation);
        return [.. profile.Capabilities.Where(c => c.Plan is not null)];
    }

    private async Task<int> AuditedReadsAsync(string country)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        return await db.AuditEntries.CountAsync(e => e.Action == AuditActions.UnitDataRead && e.CountryIso3 == country, Cancellation);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial System.Text.RegularExpressions.Regex MediaBox();

    [System.Text.RegularExpressions.GeneratedRegex("<article class=\"sa-plan-item\" data-capability=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex PlanItem();

    /// <summary>The demo host, printing with the tests' Chromium.</summary>
    public sealed class Platform : DemoPlatformFactory
    {
        public Platform() => Settings[MnrPlatform.Data.Reports.ChromiumPdf.Variable] = Requires.ChromiumPath;
    }
}
