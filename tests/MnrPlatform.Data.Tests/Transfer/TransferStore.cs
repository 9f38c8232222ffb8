using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Transfer;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Tests.Transfer;

/// <summary>
/// A migrated test store with the built-in reference data and one open round over the real
/// plugins' instruments, with the import and export services over it.
/// </summary>
internal sealed class TransferStore(ITestStore store) : IAsyncDisposable
{
    public const string Round = "2026-test";
    public const string Government = "government-survey";
    public const string Unicef = "unicef-country-office-survey";
    public const string SelfAssessment = "maturity-self-assessment";

    public static AccessScope Secretariat { get; } = AccessScope.For(new PlatformPrincipal("u-1", "analyst@example.org", [Roles.Analyst], null));

    public ITestStore Store { get; } = store;

    public static async Task<TransferStore> CreateAsync(ITestStore store, string? syntheticDataLabel = null, RoundStatus status = RoundStatus.Open)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = await store.OpenPreparedAsync(cancellation);
        var round = new SurveyRound { Code = Round, Name = "Test round", Year = 2026, IncomeClassificationYear = 2021, Status = status, SyntheticDataLabel = syntheticDataLabel, CreatedAt = DateTimeOffset.UtcNow };
        round.Instruments.AddRange([new RoundInstrument { Code = Government }, new RoundInstrument { Code = Unicef }, new RoundInstrument { Code = SelfAssessment }]);
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(cancellation);
        return new TransferStore(store);
    }

    public MnrDbContext Open() => Store.Open();

    public static AnswerImporter Importer(MnrDbContext db) => new(db, DomainPlugins.Catalog, new ImportWriter(db, new AuditLog(db), TimeProvider.System));

    public static AnswerExporter Exporter(MnrDbContext db) => new(db, DomainPlugins.Catalog, new AuditLog(db));

    public async Task<ImportPlan> ReadAsync(byte[] file, string fileName, ImportReadOptions? options = null, string round = Round)
    {
        await using var db = Open();
        return await Importer(db).ReadAsync(new MemoryStream(file), fileName, round, options, TestContext.Current.CancellationToken);
    }

    /// <summary>Reads and applies <paramref name="file"/>; fails the test when the file has problems.</summary>
    public async Task<ImportResult> ImportAsync(byte[] file, string fileName, SubmissionStatus status = SubmissionStatus.Submitted)
    {
        await using var db = Open();
        var importer = Importer(db);
        var plan = await importer.ReadAsync(new MemoryStream(file), fileName, Round, null, TestContext.Current.CancellationToken);
        Assert.True(plan.IsValid, string.Join(Environment.NewLine, plan.Problems));
        return await importer.ApplyAsync(plan, Secretariat, new ImportApplyOptions { NewSubmissionStatus = status }, TestContext.Current.CancellationToken);
    }

    public async Task<byte[]> ExportAsync(TransferFormat format, string? country = null, string? instrument = null)
    {
        await using var db = Open();
        using var output = new MemoryStream();
        await Exporter(db).ExportAsync(new ExportRequest(Round, format, country, instrument), output, Secretariat, null, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    /// <summary>Every stored answer of the round as "country instrument question = value | comment | evidence", sorted.</summary>
    public async Task<List<string>> AnswersAsync()
    {
        await using var db = Open();
        var rows = await db.Answers.Join(db.Submissions, a => a.SubmissionId, s => s.Id, (a, s) => new { s.CountryIso3, s.InstrumentCode, a.QuestionId, a.Value, a.Comment, a.EvidenceUrl }).ToListAsync(TestContext.Current.CancellationToken);
        return [.. rows.Select(r => $"{r.CountryIso3} {r.InstrumentCode} {r.QuestionId} = {r.Value} | {r.Comment} | {r.EvidenceUrl}").Order(StringComparer.Ordinal)];
    }

    /// <summary>Row counts of every table an import writes.</summary>
    public async Task<(int Answers, int Changes, int Submissions, int Events, int Audit, long ResultsVersion)> CountsAsync()
    {
        await using var db = Open();
        var cancellation = TestContext.Current.CancellationToken;
        return (await db.Answers.CountAsync(cancellation), await db.AnswerChanges.CountAsync(cancellation), await db.Submissions.CountAsync(cancellation),
            await db.SubmissionEvents.CountAsync(cancellation), await db.AuditEntries.CountAsync(cancellation),
            await db.SurveyRounds.Where(r => r.Code == Round).Select(r => r.ResultsVersion).SingleAsync(cancellation));
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}

/// <summary>Valid answers to the real plugins' questions, written as the long CSV.</summary>
internal static class SampleAnswers
{
    public static readonly string[] Countries = ["KEN", "BRA", "FRA"];

    /// <summary>A valid stored value for <paramref name="question"/>, varied by <paramref name="seed"/>; some look like formulas.</summary>
    public static string Value(QuestionInfo question, int seed) => question.Kind switch
    {
        QuestionKind.YesNo => seed % 2 == 0 ? AnswerCodes.Yes : AnswerCodes.No,
        QuestionKind.YesPartlyNo => new[] { AnswerCodes.Yes, AnswerCodes.Partly, AnswerCodes.No }[seed % 3],
        QuestionKind.SingleChoice => question.Options[seed % question.Options.Count].Code,
        QuestionKind.MultipleChoice => AnswerValues.Join(question.Options.Where((_, i) => i % 2 == seed % 2 || i == 0).Select(o => o.Code)),
        QuestionKind.Number => (-seed - 0.5m).ToString(CultureInfo.InvariantCulture),
        QuestionKind.MaturityPhase => ((seed % 4) + 1).ToString(CultureInfo.InvariantCulture),
        _ => seed % 2 == 0 ? "=HYPERLINK(\"http://evil.example\",\"click\")" : "A plan, with \"quotes\"\nand a second line",
    };

    public static IEnumerable<(string Country, string Instrument, QuestionInfo Question)> Keys(string instrument, params string[] countries) =>
        from country in countries
        from question in Questionnaire.For(DomainPlugins.Catalog, instrument).Questions
        where question.Kind != QuestionKind.Example // asks for an example for the library: no answer to import
        select (country, instrument, question);

    /// <summary>A CSV of answers to every question of <paramref name="instrument"/> for <paramref name="countries"/>.</summary>
    public static byte[] Csv(string instrument, params string[] countries)
    {
        var text = new StringBuilder("round,country,instrument,question,value,comment,evidence\n");
        var seed = 0;
        foreach (var (country, _, question) in Keys(instrument, countries))
        {
            seed++;
            var comment = seed % 5 == 0 ? "\"-1, said the ministry\"" : seed % 7 == 0 ? "@mention" : "";
            var evidence = seed % 3 == 0 ? $"https://example.org/evidence/{seed}?a=1" : "";
            text.Append(CultureInfo.InvariantCulture, $"{TransferStore.Round},{country},{instrument},{question.Id},{Csv(Value(question, seed))},{comment},{evidence}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // A CSV field as a person would write it, guarding formula-looking text the way the exporter does.
    public static string Csv(string value)
    {
        var guarded = FormulaGuard.Neutralise(value);
        return guarded.AsSpan().IndexOfAny(",\"\r\n") < 0 ? guarded : "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
