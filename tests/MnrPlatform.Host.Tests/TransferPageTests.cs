using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Demo;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The secretariat's import and export page: exports carry the synthetic label and import back; an
/// upload is previewed (new / changed / unchanged) and written only when applied; a file with a
/// problem is refused whole, each problem with its row and column; focal points have no access.
/// </summary>
public sealed class TransferPageTests(TransferPageTests.Platform platform) : IClassFixture<TransferPageTests.Platform>
{
    private const string OpenRound = "2026-self-assessment";
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_exported_csv_carries_the_synthetic_label_and_an_edited_copy_imports_back_after_its_preview()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var csv = await analyst.GetStringAsync(new Uri($"/surveys/{OpenRound}/export?format=csv", UriKind.Relative), Cancellation);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal($"# {DemoDataset.Label}", lines[0].TrimStart('\uFEFF'));
        Assert.StartsWith("round,country,instrument,question,value", lines[1], StringComparison.Ordinal);

        var unchanged = await UploadAsync(analyst, "as-exported.csv", csv);
        Assert.Equal("0", SurveyMarkup.Text(unchanged, "data-testid=\"changed\""));
        Assert.Equal("0", SurveyMarkup.Text(unchanged, "data-testid=\"new\""));

        // Change one phase answer (a plain row: no quoted fields) from 1–3 to 4.
        var index = lines.FindIndex(2, l => !l.Contains('"', StringComparison.Ordinal) && l.Split(',') is [_, _, _, _, "1" or "2" or "3", ..]);
        Assert.True(index > 0, "the export has a phase answer to change");
        var fields = lines[index].Split(',');
        fields[4] = "4";
        lines[index] = string.Join(',', fields);
        var changesBefore = await CountAsync(db => db.AnswerChanges.CountAsync(c => c.QuestionId == fields[3] && c.Source == AnswerSources.Import, Cancellation));

        var preview = await UploadAsync(analyst, "edited.csv", string.Join('\n', lines));
        Assert.Equal("1", SurveyMarkup.Text(preview, "data-testid=\"changed\""));
        Assert.Equal("0", SurveyMarkup.Text(preview, "data-testid=\"new\""));
        Assert.Equal(0, await CountAsync(db => db.AnswerChanges.CountAsync(c => c.QuestionId == fields[3] && c.Source == AnswerSources.Import, Cancellation)) - changesBefore);

        using var applied = await PostFormAsync(analyst, ApplyPath(preview), []);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var page = await analyst.GetStringAsync(applied.Headers.Location, Cancellation);
        Assert.Contains("1 changed", page, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(db => db.AnswerChanges.CountAsync(c => c.QuestionId == fields[3] && c.Source == AnswerSources.Import, Cancellation)) - changesBefore);
        var stored = await CountAsync(db => db.Answers.Where(a => a.QuestionId == fields[3] && db.Submissions.Any(s => s.Id == a.SubmissionId && s.CountryIso3 == fields[1] && db.SurveyRounds.Any(r => r.Id == s.RoundId && r.Code == OpenRound)))
            .Select(a => a.Value).SingleAsync(Cancellation));
        Assert.Equal("4", stored);
    }

    [Fact]
    public async Task A_file_with_a_problem_is_refused_whole_with_the_row_and_column_named()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var before = await CountAsync(db => db.Answers.CountAsync(Cancellation));
        var csv = await analyst.GetStringAsync(new Uri($"/surveys/{OpenRound}/export?format=csv", UriKind.Relative), Cancellation);
        var row = csv.Split('\n').Select(l => l.TrimEnd('\r')).First(l => l.StartsWith(OpenRound + ",", StringComparison.Ordinal) && !l.Contains('"', StringComparison.Ordinal));
        var fields = row.Split(',');
        fields[1] = "XXX";
        var file = string.Join('\n', "round,country,instrument,question,value,comment,evidence", row, string.Join(',', fields));

        var preview = await UploadAsync(analyst, "bad.csv", file);

        Assert.Contains("data-testid=\"refused\"", preview, StringComparison.Ordinal);
        var problem = SurveyMarkup.Rows(preview, "data-testid=\"problem\"").FirstOrDefault();
        Assert.True(problem is not null, "a problem row is listed");
        Assert.Contains("row 3", problem, StringComparison.Ordinal);
        Assert.Contains("country", problem, StringComparison.Ordinal);
        Assert.Contains("XXX", problem, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(preview, "data-testid=\"problem\""));
        Assert.DoesNotContain("data-testid=\"apply\"", preview, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(db => db.Answers.CountAsync(Cancellation)));
    }

    [Fact]
    public async Task A_discarded_upload_is_gone()
    {
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var preview = await UploadAsync(analyst, "later.csv", "round,country,instrument,question,value,comment,evidence\n");
        var path = ApplyPath(preview).Replace("/apply", "", StringComparison.Ordinal);

        using var discarded = await PostFormAsync(analyst, path + "/discard", []);
        var again = await analyst.GetStringAsync(new Uri(path, UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Contains("data-testid=\"no-upload\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_focal_point_can_neither_open_the_page_nor_export()
    {
        var focalPoint = await platform.SignInAsAsync(Roles.FocalPoint);

        using var page = await focalPoint.GetAsync(new Uri($"/surveys/{OpenRound}/transfer", UriKind.Relative), Cancellation);
        using var export = await focalPoint.GetAsync(new Uri($"/surveys/{OpenRound}/export?format=csv", UriKind.Relative), Cancellation);

        Assert.Contains("access-denied", page.Headers.Location?.ToString() ?? ((int)page.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("access-denied", export.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    // Uploads through the page's form and returns the preview page it leads to.
    private static async Task<string> UploadAsync(HttpClient client, string name, string content)
    {
        var token = await PlatformFactory.TokenAsync(client, $"/surveys/{OpenRound}/transfer");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", name },
        };
        using var response = await client.PostAsync(new Uri($"/surveys/{OpenRound}/import", UriKind.Relative), form, Cancellation);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetStringAsync(response.Headers.Location, Cancellation);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = PlatformFactory.AntiforgeryToken(await client.GetStringAsync(new Uri(path.Replace("/apply", "", StringComparison.Ordinal).Replace("/discard", "", StringComparison.Ordinal), UriKind.Relative), Cancellation));
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form, Cancellation);
    }

    private static string ApplyPath(string preview)
    {
        var match = System.Text.RegularExpressions.Regex.Match(preview, "action=\"(surveys/[^\"]+/import/[0-9a-f-]+)/(apply|discard)\"");
        Assert.True(match.Success, "the preview has its forms");
        return "/" + match.Groups[1].Value + "/apply";
    }

    private async Task<T> CountAsync<T>(Func<MnrDbContext, Task<T>> query)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MnrDbContext>());
    }

    /// <summary>Its own demo platform: the tests import into the open round.</summary>
    public sealed class Platform : DemoPlatformFactory;
}
