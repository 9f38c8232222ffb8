using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Demo;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// A round's results for download as CSV, XLSX and JSON: the same numbers as the API for the same
/// viewer, suppressed cells without numbers and with their reason, the open round for the secretariat only.
/// </summary>
public sealed class ResultsDownloadTests(ResultsDownloadTests.Platform platform) : IClassFixture<ResultsDownloadTests.Platform>
{
    private const string Review = "2021-review";

    private static readonly string[] Breakdowns = ["all", "income-group", "income-band", "region", "instrument"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_secretariats_csv_holds_the_apis_counts_for_every_breakdown()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);

        var (notes, rows) = await CsvAsync(client, Review);

        Assert.Equal("Indicator results · 2021 review", notes[0]);
        Assert.Contains(DemoDataset.Label, notes);
        Assert.All(rows, r => Assert.Equal("none", r["suppression"]));
        var api = await ApiGroupsAsync(client, Review);
        Assert.Equal(api.Count, rows.Count);
        foreach (var row in rows)
        {
            var group = api[(row["indicator id"], row["breakdown"], row["group code"])];
            Assert.Equal(Text(group, "numerator"), row["n"]);
            Assert.Equal(Text(group, "denominator"), row["N"]);
        }
    }

    [Fact]
    public async Task A_viewers_csv_has_suppressed_cells_without_numbers_and_with_their_reason()
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);

        var (notes, rows) = await CsvAsync(client, Review);

        Assert.Contains("Cells counting fewer than 5 countries are suppressed, with complementary suppression; a suppressed cell has no numbers.", notes);
        var suppressed = rows.Where(r => r["suppression"] != "none").ToList();
        Assert.NotEmpty(suppressed);
        Assert.Contains(suppressed, r => r["suppression"] == "primary");
        Assert.All(suppressed, r => Assert.True(r["n"].Length == 0 && r["N"].Length == 0 && r["value"].Length == 0, string.Join(",", r.Values)));
        Assert.All(suppressed, r => Assert.True(r["suppression"] is "primary" or "complementary" or "withheld", r["suppression"]));
        Assert.Contains(rows, r => r["suppression"] == "none" && r["n"].Length > 0);
    }

    [Theory]
    [InlineData(Roles.Viewer, "csv", HttpStatusCode.NotFound)]
    [InlineData(Roles.FocalPoint, "json", HttpStatusCode.NotFound)]
    [InlineData(Roles.Analyst, "json", HttpStatusCode.OK)]
    public async Task The_open_round_is_for_the_secretariat_only(string role, string format, HttpStatusCode expected)
    {
        var client = await platform.SignInAsAsync(role);

        using var response = await client.GetAsync(new Uri($"/rounds/2026-self-assessment/results.{format}", UriKind.Relative), Cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_format_is_a_bad_request()
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/rounds/{Review}/results.pdf", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Analyst)]
    public async Task The_xlsx_opens_and_its_rows_equal_the_csvs(string role)
    {
        var client = await platform.SignInAsAsync(role);
        var (_, csvRows) = await CsvAsync(client, Review);

        using var response = await client.GetAsync(new Uri($"/rounds/{Review}/results.xlsx", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XlsxSheets(await response.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal(["results", "read me"], book.Names);
        var rows = book.Rows("results");
        var header = rows[0];
        var xlsxRows = rows.Skip(1).Select(cells => header.Select((h, i) => (h, cells.ElementAtOrDefault(i) ?? "")).ToDictionary(p => p.h, p => p.Item2)).ToList();

        Assert.Equal(csvRows.Count, xlsxRows.Count);
        for (var i = 0; i < csvRows.Count; i++)
        {
            Assert.Equal(csvRows[i], xlsxRows[i]);
        }

        var numbers = book.Cells("results").Skip(1).SelectMany(r => r).Where(c => c.CellReference!.Value!.StartsWith('I')).ToList();
        Assert.All(numbers, c => Assert.Equal(CellValues.Number, c.DataType!.Value));
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Analyst)]
    public async Task The_json_holds_the_apis_numbers(string role)
    {
        var client = await platform.SignInAsAsync(role);

        var json = await client.GetFromJsonAsync<JsonElement>(new Uri($"/rounds/{Review}/results.json", UriKind.Relative), Cancellation);

        Assert.Equal(Review, json.GetProperty("round").GetString());
        Assert.Equal(DemoDataset.Label, json.GetProperty("syntheticDataLabel").GetString());
        Assert.Equal(role == Roles.Viewer, json.TryGetProperty("minimumCellSize", out _));
        var api = await ApiGroupsAsync(client, Review);
        var results = json.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(api.Count, results.Count);
        foreach (var row in results)
        {
            var group = api[(row.GetProperty("indicator").GetString()!, row.GetProperty("breakdown").GetString()!, row.GetProperty("groupCode").GetString()!)];
            Assert.Equal(Text(group, "numerator"), Text(row, "numerator"));
            Assert.Equal(Text(group, "denominator"), Text(row, "denominator"));
            Assert.Equal(group.GetProperty("suppression").GetString()!.ToLowerInvariant(), row.GetProperty("suppression").GetString());
            decimal? apiValue = group.GetProperty("value").ValueKind == JsonValueKind.Null ? null : Math.Round(group.GetProperty("value").GetDecimal(), 1, MidpointRounding.AwayFromZero);
            decimal? value = row.GetProperty("value").ValueKind == JsonValueKind.Null ? null : row.GetProperty("value").GetDecimal();
            Assert.Equal(apiValue, value);
        }
    }

    [Fact]
    public async Task The_overview_links_to_the_downloads_of_its_round()
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);

        var html = await client.GetStringAsync(new Uri($"/?round={Review}", UriKind.Relative), Cancellation);

        foreach (var format in new[] { "csv", "xlsx", "json" })
        {
            Assert.Contains($"href=\"rounds/{Review}/results.{format}\"", html, StringComparison.Ordinal);
        }
    }

    // Every group of every breakdown of the API, by (indicator, breakdown, group code).
    private static async Task<Dictionary<(string, string, string), JsonElement>> ApiGroupsAsync(HttpClient client, string round)
    {
        var groups = new Dictionary<(string, string, string), JsonElement>();
        foreach (var breakdown in Breakdowns)
        {
            var results = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/rounds/{round}/results?breakdown={breakdown}", UriKind.Relative), Cancellation);
            foreach (var indicator in results.GetProperty("indicators").EnumerateArray())
            {
                foreach (var group in indicator.GetProperty("groups").EnumerateArray())
                {
                    groups.Add((indicator.GetProperty("indicator").GetString()!, breakdown, group.GetProperty("code").GetString()!), group);
                }
            }
        }

        return groups;
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetInt32().ToString(CultureInfo.InvariantCulture) : "";

    // The note lines, then the rows keyed by the header.
    private static async Task<(List<string> Notes, List<Dictionary<string, string>> Rows)> CsvAsync(HttpClient client, string round)
    {
        using var response = await client.GetAsync(new Uri($"/rounds/{round}/results.csv", UriKind.Relative), Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var records = CsvRecords(Encoding.UTF8.GetString(bytes[3..]));
        var header = records.FindIndex(r => r.Count > 1 && r[0] == "round");
        var columns = records[header];
        var rows = records.Skip(header + 1).Select(r => columns.Select((c, i) => (c, r.ElementAtOrDefault(i) ?? "")).ToDictionary(p => p.c, p => p.Item2)).ToList();
        return ([.. records.Take(header).Select(r => r[0])], rows);
    }

    // RFC 4180 records (CRLF ends, fields quoted with doubled quotes).
    private static List<List<string>> CsvRecords(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }

    public sealed class Platform : DemoPlatformFactory;
}
