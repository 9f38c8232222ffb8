using System.IO.Compression;
using System.Text;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Transfer;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Tests.Transfer;

/// <summary>Every reason a file is refused, with its place; a refused file writes nothing.</summary>
public sealed class TransferProblemTests
{
    private const string Header = "round,country,instrument,question,value,comment,evidence";

    private static readonly string Gov = Questionnaire.For(DomainPlugins.Catalog, TransferStore.Government).Questions.First(q => q.Kind == QuestionKind.YesNo).Id;

    private static readonly string SelfOnly = Questionnaire.For(DomainPlugins.Catalog, TransferStore.SelfAssessment).Questions
        .First(q => !q.Instruments.Contains(TransferStore.Government)).Id;

    private static string Row(string country = "KEN", string instrument = TransferStore.Government, string? question = null, string value = "yes", string round = TransferStore.Round, string evidence = "") =>
        $"{round},{country},{instrument},{question ?? Gov},{value},,{evidence}";

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    public static TheoryData<string, byte[], string, string, string> Cases => new()
    {
        { "unknown country", Csv(Header, Row(country: "XXX")), "f.csv", "f.csv, row 2, column 2 (country)", "unknown country \"XXX\"" },
        { "unknown question", Csv(Header, Row(question: "no.such.question")), "f.csv", "f.csv, row 2, column 4 (question)", "unknown question \"no.such.question\"" },
        { "question not in the instrument", Csv(Header, Row(question: SelfOnly)), "f.csv", "f.csv, row 2, column 4 (question)", "is not asked in instrument government-survey" },
        { "instrument not in the round", Csv(Header, Row(instrument: "other-survey")), "f.csv", "f.csv, row 2, column 3 (instrument)", "instrument \"other-survey\" is not in round 2026-test" },
        { "value not allowed", Csv(Header, Row(value: "maybe")), "f.csv", "f.csv, row 2, column 5 (value)", "\"maybe\" is not one of yes, no" },
        { "empty value", Csv(Header, Row(value: "")), "f.csv", "f.csv, row 2, column 5 (value)", "the value is empty" },
        { "duplicate", Csv(Header, Row(), Row()), "f.csv", "f.csv, row 3", "duplicate: the same country, instrument and question as row 2" },
        { "wrong round", Csv(Header, Row(round: "2020-old")), "f.csv", "f.csv, row 2, column 1 (round)", "the round is \"2020-old\" but the file is being imported into round 2026-test" },
        { "evidence not a link", Csv(Header, Row(evidence: "ftp://example.org/x")), "f.csv", "f.csv, row 2, column 7 (evidence)", "is not a web address" },
        { "missing column", Csv("round,country,instrument,value", "2026-test,KEN,government-survey,yes"), "f.csv", "f.csv, row 1", "missing column(s) question" },
        { "extra column", Csv(Header + ",extra", Row() + ",x"), "f.csv", "f.csv, row 1, column 8", "unknown column \"extra\"" },
        { "truncated row", Csv(Header, "2026-test,KEN,government-survey"), "f.csv", "f.csv, row 2", "the row has 3 field(s) but the header has 7" },
        { "unclosed quote", Csv(Header, Row() + ",\"never closed"), "f.csv", "f.csv, row 2", "a quoted field is not closed" },
        { "Latin-1", [.. Csv(Header), .. Encoding.Latin1.GetBytes(Row() + ",Sécurité\n")], "f.csv", "f.csv, row 2", "not UTF-8 text" },
        { "UTF-16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Header + "\n" + Row())], "f.csv", "f.csv", "UTF-16 text" },
        { "NUL bytes", [.. Csv(Header), .. Encoding.UTF8.GetBytes(Row(value: "y\0es"))], "f.csv", "f.csv, row 2", "NUL byte" },
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], "f.csv", "f.csv", "a PNG image, not a CSV, XLSX or JSON file" },
        { "ZIP that is no workbook", Zip(), "f.xlsx", "f.xlsx", "a ZIP archive that is not" },
        { "JSON of the wrong shape", Encoding.UTF8.GetBytes("{\"round\": \"2026-test\",\n \"answers\": [{\"country\": true}]}"), "f.json", "f.json, line 2, column $.answers[0].country", "not a JSON file of answers" },
        { "JSON answer without a question", Encoding.UTF8.GetBytes($"{{\"round\": \"2026-test\", \"answers\": [{{\"country\": \"KEN\", \"instrument\": \"{TransferStore.Government}\", \"value\": \"yes\"}}]}}"), "f.json", "f.json, answer 1", "the answer lacks question" },
        { "empty file", [], "f.csv", "f.csv", "the file is empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_problem_is_named_with_its_place(string what, byte[] file, string fileName, string location, string reason)
    {
        await using var store = await TransferStore.CreateAsync(new SqliteTestStore());

        var plan = await store.ReadAsync(file, fileName);

        Assert.False(plan.IsValid, what);
        Assert.Null(plan.Preview);
        Assert.Contains(plan.Problems, p => p.Location.ToString() == location && p.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_parsed()
    {
        await using var store = await TransferStore.CreateAsync(new SqliteTestStore());

        var plan = await store.ReadAsync(Csv(Header, Row(), "garbage \"not csv"), "big.csv", new ImportReadOptions { MaxFileBytes = 50 });

        var problem = Assert.Single(plan.Problems);
        Assert.Equal(("big.csv", null), (problem.Location.ToString(), plan.Sha256));
        Assert.Contains("larger than the limit", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_problems_are_capped_but_all_counted()
    {
        await using var store = await TransferStore.CreateAsync(new SqliteTestStore());
        var rows = Enumerable.Range(0, 1500).Select(i => Row(country: $"X{i % 100:D2}", question: $"q{i}")).Prepend(Header).ToArray();

        var plan = await store.ReadAsync(Csv(rows), "many.csv", new ImportReadOptions { MaxProblems = 1000 });

        Assert.Equal((1000, 3000, 2000), (plan.Problems.Count, plan.ProblemCount, plan.UnlistedProblemCount));
    }

    [Fact]
    public async Task A_published_round_refuses_imports()
    {
        await using var store = await TransferStore.CreateAsync(new SqliteTestStore(), status: RoundStatus.Published);

        var plan = await store.ReadAsync(Csv(Header, Row()), "f.csv");

        Assert.Equal("f.csv: round 2026-test is published: its answers can no longer be changed by an import", Assert.Single(plan.Problems).ToString());
    }

    [Fact]
    public async Task A_row_for_an_example_question_is_refused_saying_examples_are_not_imported()
    {
        await using var store = await TransferStore.CreateAsync(new SqliteTestStore());
        const string Example = "victim.end-to-end-support.review.example";

        var plan = await store.ReadAsync(Csv(Header, $"{TransferStore.Round},KEN,{TransferStore.Government},{Example},We opened a Barnahus,,"), "f.csv");

        var problem = Assert.Single(plan.Problems).ToString();
        Assert.Contains($"question \"{Example}\" asks for an example, which is not an answer", problem, StringComparison.Ordinal);
        Assert.Contains("not as an answer or in an import file", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_one_bad_row_writes_nothing_even_when_applied()
    {
        await using var store = await TransferStore.CreateAsync(new SqliteTestStore());
        await store.ImportAsync(SampleAnswers.Csv(TransferStore.Government, "KEN"), "seed.csv");
        var lines = Encoding.UTF8.GetString(SampleAnswers.Csv(TransferStore.Government, "KEN", "BRA")).TrimEnd('\n').Split('\n').Append(Row(country: "BRA", value: "perhaps")).ToArray();
        var before = await store.CountsAsync();
        var answers = await store.AnswersAsync();

        var plan = await store.ReadAsync(Csv(lines), "bad.csv");
        await using var db = store.Open();
        await Assert.ThrowsAsync<InvalidOperationException>(() => TransferStore.Importer(db).ApplyAsync(plan, TransferStore.Secretariat, null, TestContext.Current.CancellationToken));

        Assert.Equal(1, plan.ProblemCount);
        Assert.Equal(before, await store.CountsAsync());
        Assert.Equal(answers, await store.AnswersAsync());
    }

    private static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("not a workbook");
        }

        return buffer.ToArray();
    }
}
