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
/// The country profile and the list of countries: who may open them (the country's focal points
/// and the secretariat, whose reads are audited), that the radar's table holds the country's own
/// answers, and that each chart's CSV holds exactly the table beside it.
/// </summary>
public sealed partial class CountryProfilePagesTests(CountryProfilePagesTests.Platform platform) : IClassFixture<CountryProfilePagesTests.Platform>
{
    private const string SelfAssessment = "2023-self-assessment";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_focal_point_reads_its_own_country_and_is_refused_another()
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        using var own = await client.GetAsync(new Uri("/countries/KEN", UriKind.Relative), Cancellation);
        using var other = await client.GetAsync(new Uri("/countries/GHA", UriKind.Relative), Cancellation);
        using var otherCsv = await client.GetAsync(new Uri("/countries/GHA/charts/radar.csv", UriKind.Relative), Cancellation);
        using var list = await client.GetAsync(new Uri("/countries", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var html = WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync(Cancellation));
        Assert.Matches(PageTitle("Kenya"), html);
        Assert.Contains("Lower-middle income (2023 self-assessment)", html, StringComparison.Ordinal);
        Assert.Contains(DemoDataset.Label, html, StringComparison.Ordinal);
        foreach (var part in new[] { "profile-radar", "findings", "answers-summary", "action-plan", "profile-history" })
        {
            Assert.Contains($"data-testid=\"{part}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Contains("/account/access-denied", other.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("/account/access-denied", otherCsv.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.EndsWith("countries/KEN", list.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/countries")]
    [InlineData("/countries/KEN")]
    [InlineData("/countries/KEN/charts/radar.csv")]
    public async Task A_viewer_is_refused_the_countries(string path)
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariat_reads_any_country_and_each_read_is_audited()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);
        var before = await AuditedReadsAsync("GHA");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/countries/GHA", UriKind.Relative), Cancellation));
        await client.GetByteArrayAsync(new Uri("/countries/GHA/charts/history.csv", UriKind.Relative), Cancellation);

        Assert.Matches(PageTitle("Ghana"), html);
        Assert.Equal(before + 2, await AuditedReadsAsync("GHA"));
    }

    [Fact]
    public async Task The_secretariat_lists_countries_by_name_and_finds_one()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);

        var all = await client.GetStringAsync(new Uri("/countries", UriKind.Relative), Cancellation);
        var found = await client.GetStringAsync(new Uri("/countries?q=ken", UriKind.Relative), Cancellation);

        var names = CountryLink().Matches(all).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(42, names.Count);
        Assert.Equal(names.Order(StringComparer.CurrentCulture), names);
        Assert.Equal(["Kenya"], CountryLink().Matches(found).Select(m => m.Groups[1].Value));
    }

    [Theory]
    [InlineData("/countries/XXX", HttpStatusCode.NotFound)]
    [InlineData("/countries/KEN/charts/stars.csv", HttpStatusCode.NotFound)]
    [InlineData("/countries/KEN/charts/radar.csv?round=2026-self-assessment", HttpStatusCode.NotFound)]
    public async Task What_does_not_exist_is_not_found(string path, HttpStatusCode expected)
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_radar_table_holds_the_countrys_own_phases()
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        var html = await client.GetStringAsync(new Uri($"/countries/KEN?round={SelfAssessment}", UriKind.Relative), Cancellation);
        var profile = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/countries/KEN/profile?round={SelfAssessment}", UriKind.Relative), Cancellation);

        var table = Rows(Card(html, "profile-radar"));
        var answers = profile.GetProperty("capabilities").EnumerateArray()
            .ToDictionary(c => c.GetProperty("capability").GetString()!, c => c.GetProperty("phase").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(21, table.Count);
        Assert.Equal(answers, table.ToDictionary(r => r.Key, r => r.Cells[0]));
        // Every median of the 2023 round is over the ten lower-middle income countries: shown.
        Assert.All(table, r => Assert.Matches(@"^[1-4](\.5)?$", r.Cells[1]));
        Assert.All(table, r => Assert.Equal("10", r.Cells[2]));
    }

    [Theory]
    [InlineData("radar", "profile-radar")]
    [InlineData("history", "profile-history")]
    public async Task The_csv_of_a_chart_holds_the_table_beside_it(string chart, string card)
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        var html = await client.GetStringAsync(new Uri("/countries/KEN", UriKind.Relative), Cancellation);
        using var response = await client.GetAsync(new Uri($"/countries/KEN/charts/{chart}.csv?round={SelfAssessment}", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Cancellation)).TrimStart('\uFEFF').Split("\r\n");
        Assert.Contains(lines, l => l.Contains(DemoDataset.Label, StringComparison.Ordinal));
        var header = Array.FindIndex(lines, l => l.StartsWith("Capability,", StringComparison.Ordinal));
        var csvRows = lines.Skip(header + 1).Where(l => l.Length > 0).ToList();
        var pageRows = Rows(Card(html, card));
        Assert.NotEmpty(pageRows);
        Assert.Equal(pageRows.Select(r => Csv([r.Label, .. r.Cells])), csvRows);
    }

    [Fact]
    public async Task A_round_without_validated_answers_is_named_and_the_newest_shown()
    {
        var client = await platform.SignInAsAsync(Roles.FocalPoint);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/countries/KEN?round=2026-self-assessment", UriKind.Relative), Cancellation));

        Assert.Contains("data-testid=\"unknown-round\"", html, StringComparison.Ordinal);
        Assert.Contains("Kenya has no validated answers in a round \"2026-self-assessment\". Showing 2023 self-assessment instead.", html, StringComparison.Ordinal);
        // The select offers only the rounds with validated answers (its options render when it opens: their codes are on the selector).
        Assert.Contains("data-rounds=\"2023-self-assessment 2021-review\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-self-assessment\" selected", html, StringComparison.Ordinal);
    }

    private async Task<int> AuditedReadsAsync(string country)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        return await db.AuditEntries.CountAsync(e => e.Action == AuditActions.UnitDataRead && e.CountryIso3 == country, Cancellation);
    }

    private static string Card(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {testId} on the page");
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static List<(string Key, string Label, List<string> Cells)> Rows(string table) =>
        [.. TableRow().Matches(table).Select(m =>
        {
            var cells = Cell().Matches(m.Groups[2].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToList();
            return (m.Groups[1].Value, cells[0], cells.Skip(1).ToList());
        })];

    private static string Csv(IEnumerable<string> fields) =>
        string.Join(',', fields.Select(f => f.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{f.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : f));

    [GeneratedRegex("<tr data-indicator=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    /// <summary>The page's h1 (MudText adds its own classes and the scope attribute).</summary>
    private static Regex PageTitle(string title) => new($"<h1 [^>]*class=\"[^\"]*\\bpage-title\\b[^\"]*\"[^>]*>{Regex.Escape(title)}</h1>");

    [GeneratedRegex("<a [^>]*data-testid=\"country-link\"[^>]*>([^<]+)</a>")]
    private static partial Regex CountryLink();

    /// <summary>One demo platform for the class (a fixture needs a single constructor).</summary>
    public sealed class Platform : DemoPlatformFactory;
}
