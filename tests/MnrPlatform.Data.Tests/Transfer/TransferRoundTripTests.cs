using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Transfer;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Tests.Transfer;

/// <summary>
/// Export → import gives the same answers back in every format, on a real store with the real
/// plugins; applying writes submissions, answers, history, events, the results version and the audit log.
/// </summary>
public abstract class TransferRoundTripTests
{
    protected abstract Task<ITestStore> CreateStoreAsync();

    private async Task<TransferStore> SeededAsync(string? label = null)
    {
        var store = await TransferStore.CreateAsync(await CreateStoreAsync(), label);
        await store.ImportAsync(SampleAnswers.Csv(TransferStore.Government, "KEN", "BRA"), "government.csv");
        await store.ImportAsync(SampleAnswers.Csv(TransferStore.SelfAssessment, "FRA"), "self.csv", SubmissionStatus.Validated);
        return store;
    }

    [Theory]
    [InlineData(TransferFormat.Csv)]
    [InlineData(TransferFormat.Xlsx)]
    [InlineData(TransferFormat.Json)]
    public async Task Export_then_import_gives_the_same_answers(TransferFormat format)
    {
        await using var source = await SeededAsync();
        var answers = await source.AnswersAsync();
        var file = await source.ExportAsync(format);

        await using var target = await TransferStore.CreateAsync(await CreateStoreAsync());
        var result = await target.ImportAsync(file, "export" + format.Extension());

        Assert.Equal(answers, await target.AnswersAsync());
        Assert.Equal(answers.Count, result.Answers.New);
        Assert.Contains(answers, a => a.Contains("=HYPERLINK(", StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Contains("| -1, said the ministry |", StringComparison.Ordinal));

        var again = await source.ReadAsync(file, "export" + format.Extension());
        Assert.Equal(new AnswerCounts(0, 0, answers.Count), again.Preview!.Totals);
    }

    [Fact]
    public async Task The_template_holds_one_countrys_answers_and_imports_back()
    {
        await using var source = await SeededAsync();
        var kenya = (await source.AnswersAsync()).Where(a => a.StartsWith($"KEN {TransferStore.Government} ", StringComparison.Ordinal)).ToList();
        var file = await source.ExportAsync(TransferFormat.Template, "KEN", TransferStore.Government);

        await using var target = await TransferStore.CreateAsync(await CreateStoreAsync());
        var plan = await target.ReadAsync(file, "kenya.xlsx");

        Assert.Equal(TransferFormat.Template, plan.Format);
        Assert.True(plan.IsValid, string.Join("\n", plan.Problems));
        await target.ImportAsync(file, "kenya.xlsx");
        Assert.NotEmpty(kenya);
        Assert.Equal(kenya, await target.AnswersAsync());
    }

    [Fact]
    public async Task Every_export_of_a_synthetic_round_carries_its_label_and_still_imports()
    {
        const string label = "synthetic demo data — not the real status of any country";
        await using var source = await SeededAsync(label);

        var csv = await source.ExportAsync(TransferFormat.Csv);
        var json = await source.ExportAsync(TransferFormat.Json);
        var xlsx = await source.ExportAsync(TransferFormat.Xlsx);
        var template = await source.ExportAsync(TransferFormat.Template, "FRA", TransferStore.SelfAssessment);

        Assert.StartsWith("# " + label + "\r\n", Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(label, JsonDocument.Parse(json).RootElement.GetProperty("syntheticDataLabel").GetString());
        foreach (var workbook in new[] { xlsx, template })
        {
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(workbook), false);
            Assert.All(document.WorkbookPart!.WorksheetParts, sheet => Assert.Contains("# " + label, sheet.Worksheet.InnerText, StringComparison.Ordinal));
        }

        foreach (var (file, name) in new[] { (csv, "a.csv"), (json, "a.json"), (xlsx, "a.xlsx"), (template, "t.xlsx") })
        {
            var plan = await source.ReadAsync(file, name);
            Assert.True(plan.IsValid, string.Join("\n", plan.Problems));
            Assert.Equal(0, plan.Preview!.Totals.New + plan.Preview.Totals.Changed);
        }
    }

    [Fact]
    public async Task A_file_in_any_row_order_stores_the_same_answers_as_one_in_the_questionnaires_order()
    {
        // Records of simple values (no line breaks), in the questionnaire's order and reversed: the
        // bulk insert sorts new answers by question and binds a parameter only when it changes,
        // over more rows than one multi-row statement holds.
        var records = SampleAnswers.Keys(TransferStore.Government, "KEN", "BRA", "FRA", "DEU", "IND", "USA", "GBR", "JPN", "ZAF", "NGA", "MEX", "IDN")
            .Where(k => k.Question.Kind != QuestionKind.Text)
            .Select((k, i) => string.Join(',', TransferStore.Round, k.Country, k.Instrument, k.Question.Id, SampleAnswers.Value(k.Question, i), i % 4 == 0 ? "noted" : "", i % 6 == 0 ? "https://example.org/e" : ""))
            .ToList();
        Assert.True(records.Count > 300, $"only {records.Count} records");
        const string header = "round,country,instrument,question,value,comment,evidence\n";
        await using var forward = await TransferStore.CreateAsync(await CreateStoreAsync());
        await using var reversed = await TransferStore.CreateAsync(await CreateStoreAsync());

        var written = await forward.ImportAsync(Encoding.UTF8.GetBytes(header + string.Join('\n', records)), "forward.csv");
        await reversed.ImportAsync(Encoding.UTF8.GetBytes(header + string.Join('\n', Enumerable.Reverse(records))), "reversed.csv");

        Assert.Equal(records.Count, written.Answers.New);
        Assert.Equal(records.Count, (await forward.AnswersAsync()).Count);
        Assert.Equal(await forward.AnswersAsync(), await reversed.AnswersAsync());
    }

    [Fact]
    public async Task A_preview_counts_new_changed_and_unchanged_per_country_and_applying_writes_exactly_that()
    {
        await using var store = await TransferStore.CreateAsync(await CreateStoreAsync());
        await store.ImportAsync(SampleAnswers.Csv(TransferStore.Government, "KEN"), "first.csv");
        var kenyaQuestions = SampleAnswers.Keys(TransferStore.Government, "KEN").Count();
        var lines = Encoding.UTF8.GetString(SampleAnswers.Csv(TransferStore.Government, "KEN", "BRA")).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        var changed = ChangeValues(lines, "KEN", 2);
        var before = await store.CountsAsync();

        var plan = await store.ReadAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "second.csv");

        Assert.True(plan.IsValid, string.Join("\n", plan.Problems));
        var preview = plan.Preview!;
        Assert.Equal(["BRA", "KEN"], preview.Countries.Select(c => c.CountryIso3));
        Assert.Equal(new AnswerCounts(kenyaQuestions, 0, 0), preview.Countries[0].Answers);
        Assert.Equal(new AnswerCounts(0, 2, kenyaQuestions - 2), preview.Countries[1].Answers);
        Assert.Equal((1, 0), (preview.NewSubmissions, preview.ValidatedSubmissionsChanged));
        Assert.Equal(before, await store.CountsAsync());

        await using var db = store.Open();
        var result = await TransferStore.Importer(db).ApplyAsync(plan, TransferStore.Secretariat, null, TestContext.Current.CancellationToken);

        Assert.Equal(preview.Totals, result.Answers);
        Assert.Equal((1, 2, false), (result.SubmissionsCreated, result.SubmissionsTouched, result.ResultsChanged));
        var after = await store.CountsAsync();
        Assert.Equal((before.Answers + kenyaQuestions, before.Changes + 2, before.Submissions + 1, before.Events + 2, before.Audit + 1, before.ResultsVersion), after);
        var history = await db.AnswerChanges.OrderBy(c => c.QuestionId).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(changed.Select(c => (c.Question, c.Old, c.New)).OrderBy(c => c.Question, StringComparer.Ordinal), history.Select(h => (h.QuestionId, h.OldValue, h.NewValue!)));
        Assert.All(history, h => Assert.Equal((AnswerSources.Import, "analyst@example.org", "analyst@example.org"), (h.Source, h.ChangedBy, h.OldSetBy!)));
        var submissions = await db.Submissions.OrderBy(s => s.CountryIso3).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(submissions, s => Assert.Equal(SubmissionStatus.Submitted, s.Status));
        Assert.Equal(2, await db.SubmissionEvents.CountAsync(e => e.Action == SubmissionActions.Imported && e.Comment!.StartsWith("second.csv"), TestContext.Current.CancellationToken));
        var audit = await db.AuditEntries.Where(e => e.Action == AuditActions.AnswersImported).OrderBy(e => e.Id).LastAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"sha256={plan.Sha256}", audit.NewValue, StringComparison.Ordinal);
        Assert.Contains($"new={kenyaQuestions}; changed=2;", audit.NewValue, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", plan.Sha256);
    }

    [Fact]
    public async Task Changing_validated_answers_grows_the_results_version_once_per_import_and_an_unchanged_file_does_not()
    {
        await using var store = await TransferStore.CreateAsync(await CreateStoreAsync());
        var file = SampleAnswers.Csv(TransferStore.SelfAssessment, "FRA");

        var first = await store.ImportAsync(file, "a.csv", SubmissionStatus.Validated);
        var same = await store.ImportAsync(file, "a.csv", SubmissionStatus.Validated);
        var lines = Encoding.UTF8.GetString(file).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        ChangeValues(lines, "FRA", 3);
        var changed = await store.ImportAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines)), "b.csv");

        Assert.Equal((1L, true), (first.ResultsVersion, first.ResultsChanged));
        Assert.Equal((1L, false, 0), (same.ResultsVersion, same.ResultsChanged, same.SubmissionsTouched));
        Assert.Equal((2L, true, 3), (changed.ResultsVersion, changed.ResultsChanged, changed.Answers.Changed));
        Assert.Equal(2L, (await store.CountsAsync()).ResultsVersion);
    }

    [Fact]
    public async Task Only_the_secretariat_imports_and_exports()
    {
        await using var store = await TransferStore.CreateAsync(await CreateStoreAsync());
        var focalPoint = AccessScope.For(new PlatformPrincipal("u-2", "fp@example.org", [Roles.FocalPoint], "KEN"));
        var plan = await store.ReadAsync(SampleAnswers.Csv(TransferStore.Government, "KEN"), "a.csv");
        await using var db = store.Open();

        await Assert.ThrowsAsync<AccessDeniedException>(() => TransferStore.Importer(db).ApplyAsync(plan, focalPoint, null, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() => TransferStore.Exporter(db).ExportAsync(new ExportRequest(TransferStore.Round, TransferFormat.Csv), Stream.Null, focalPoint, null, TestContext.Current.CancellationToken));
        Assert.Equal(0, (await store.CountsAsync()).Answers);
    }

    [Fact]
    public async Task An_export_by_the_secretariat_is_audited_with_each_country_read()
    {
        await using var store = await SeededAsync();

        await store.ExportAsync(TransferFormat.Csv);

        await using var db = store.Open();
        var entries = await db.AuditEntries.ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["BRA", "FRA", "KEN"], entries.Where(e => e.Action == AuditActions.UnitDataRead).Select(e => e.CountryIso3!).Order(StringComparer.Ordinal));
        Assert.Contains(entries, e => e.Action == AuditActions.AnswersExported && e.NewValue!.Contains("format=Csv", StringComparison.Ordinal));
    }

    // Changes the value of the first n rows of a country to another allowed value; returns (question, old, new).
    private static List<(string Question, string Old, string New)> ChangeValues(List<string> lines, string country, int n)
    {
        var changes = new List<(string, string, string)>();
        for (var i = 1; i < lines.Count && changes.Count < n; i++)
        {
            var fields = lines[i].Split(',');
            if (fields[1] != country || fields[4] is not ("yes" or "no" or "partly" or "1" or "2" or "3" or "4"))
            {
                continue;
            }

            var question = Assert.Single(SampleAnswers.Keys(fields[2], country), k => k.Question.Id == fields[3]).Question;
            var replacement = Enumerable.Range(0, 8).Select(seed => SampleAnswers.Value(question, seed)).First(v => v != fields[4]);
            changes.Add((fields[3], fields[4], replacement));
            fields[4] = replacement;
            lines[i] = string.Join(',', fields);
        }

        Assert.Equal(n, changes.Count);
        return changes;
    }
}

public sealed class SqliteTransferRoundTripTests : TransferRoundTripTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlTransferRoundTripTests : TransferRoundTripTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
