using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Data;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Store;
using MnrPlatform.Data.Surveys.Transfer;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Benchmarks;

/// <summary>
/// Importing a CSV of 1,000,000 answers, against the sqlite3 command line's <c>.import</c> of the
/// same file into a bare table (no index, no key, no checks) as the baseline. The target is a ratio
/// of at most 2.
/// <para>
/// Data: the real plugins ask far fewer than 5,000 questions of one instrument, so the catalog is
/// generated: one test domain with 50 capabilities × 100 yes/partly/no questions (with don't know)
/// of one instrument, "bench-survey". 200 countries of the built-in reference data each answer all
/// 5,000 questions: 200 × 5,000 = 1,000,000 rows (fixed seed; every 10th row has a comment, every
/// 20th an evidence link, some values in another case, some "don't know").
/// </para>
/// <para>
/// Ours: <c>AnswerImporter.ReadAsync</c> (read, UTF-8 check, parse, validate every row through
/// AnswerRules, compare with the stored answers) then <c>ApplyAsync</c> (one transaction: 200
/// submissions, 1,000,000 answers through the bulk path, events, audit) into a freshly migrated
/// store file with the reference data and an open round. Each iteration starts from a copy of that
/// file made before it (not timed); the baseline gets a new empty database file.
/// </para>
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AnswerImportBenchmarks
{
    private const int Countries = 200;
    private const int Capabilities = 50;
    private const int QuestionsPerCapability = 100;
    private const string Round = "bench-round";
    private const string Instrument = "bench-survey";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "mnr-import-bench-" + Guid.NewGuid().ToString("N"));
    private FrameworkCatalog catalog = null!;
    private string csv = "";
    private string template = "";
    private string storeFile = "";
    private string bareFile = "";
    private int run;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(folder);
        catalog = Catalog();
        template = Path.Combine(folder, "template.db");
        var countries = PrepareTemplateAsync().GetAwaiter().GetResult();
        csv = Path.Combine(folder, "answers.csv");
        WriteCsv(csv, countries);
    }

    [IterationSetup]
    public void FreshStores()
    {
        SqliteConnection.ClearAllPools();
        run++;
        storeFile = Path.Combine(folder, $"store-{run}.db");
        bareFile = Path.Combine(folder, $"bare-{run}.db");
        File.Copy(template, storeFile, overwrite: true);
        File.Delete(bareFile);
    }

    [IterationCleanup]
    public void DropStores()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(storeFile);
        File.Delete(bareFile);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "sqlite3 .import --csv into a bare table (1,000,000 rows)")]
    public int Sqlite3Import()
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/sqlite3", [bareFile, $".import --csv {csv} answers"]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 && error.Length == 0 ? process.ExitCode : throw new InvalidOperationException($"sqlite3 failed: {error}");
    }

    [Benchmark(Description = "AnswerImporter: read, validate, preview, apply (1,000,000 rows)")]
    public int Import() => ImportAsync().GetAwaiter().GetResult();

    private async Task<int> ImportAsync()
    {
        await using var db = Open(storeFile);
        var importer = new AnswerImporter(db, catalog, new ImportWriter(db, new AuditLog(db), TimeProvider.System));
        await using var stream = File.OpenRead(csv);
        var plan = await importer.ReadAsync(stream, "answers.csv", Round, new ImportReadOptions { MaxFileBytes = 1L << 30 }, CancellationToken.None);
        if (!plan.IsValid)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, plan.Problems.Take(5)));
        }

        var result = await importer.ApplyAsync(plan, AccessScope.For(PlatformPrincipal.System("benchmark")), null, CancellationToken.None);
        return result.Answers.New == Countries * Capabilities * QuestionsPerCapability ? result.Answers.New : throw new InvalidOperationException($"{result.Answers.New} answers written");
    }

    private static string Question(int c, int q) => string.Create(CultureInfo.InvariantCulture, $"bench.c{c:D2}.q{q:D3}");

    private static FrameworkCatalog Catalog()
    {
        var phases = new MaturityDescriptors("1", "2", "3", "4");
        var capabilities = Enumerable.Range(0, Capabilities)
            .Select(c => new CapabilityInfo(string.Create(CultureInfo.InvariantCulture, $"bench-c{c:D2}"), 0, "c", "d", "w", phases)).ToList();
        var questions = capabilities.SelectMany((capability, c) => Enumerable.Range(0, QuestionsPerCapability).Select(q => new QuestionInfo
        {
            Id = Question(c, q),
            CapabilityCode = capability.Code,
            Text = "Is it in place?",
            Kind = QuestionKind.YesPartlyNo,
            AllowDontKnow = true,
            Instruments = [Instrument],
        })).ToList();
        var content = new DomainContent(new DomainInfo("bench", "Benchmark", "Generated questions", 1), capabilities, questions, [], []);
        return new FrameworkCatalog([new InstalledPlugin("plugins/bench", null, PluginStatus.Active, "", [], content, [], TimeSpan.Zero)]);
    }

    // A migrated store with the reference data and the open round; returns the first 200 countries' ISO3 codes.
    private async Task<List<string>> PrepareTemplateAsync()
    {
        await using var db = Open(template);
        await StoreMigrator.MigrateAsync(db, NullLogger.Instance, CancellationToken.None);
        await new ReferenceDataImporter(db, TimeProvider.System).EnsureBuiltInAsync(CancellationToken.None);
        var round = new SurveyRound { Code = Round, Name = "Benchmark", Year = 2026, IncomeClassificationYear = 2021, Status = RoundStatus.Open, CreatedAt = DateTimeOffset.UtcNow };
        round.Instruments.Add(new RoundInstrument { Code = Instrument });
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync();
        var countries = await db.Countries.OrderBy(c => c.Iso3).Select(c => c.Iso3).Take(Countries).ToListAsync();
        SqliteConnection.ClearAllPools();
        return countries;
    }

    private static void WriteCsv(string path, List<string> countries)
    {
        var random = new Random(2026);
        string[] values = [AnswerCodes.Yes, AnswerCodes.Partly, AnswerCodes.No, "Yes", AnswerCodes.DontKnow];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("round,country,instrument,question,value,comment,evidence\n");
        var row = 0;
        foreach (var country in countries)
        {
            for (var c = 0; c < Capabilities; c++)
            {
                for (var q = 0; q < QuestionsPerCapability; q++)
                {
                    row++;
                    var comment = row % 10 == 0 ? "\"A comment, with a comma\"" : "";
                    var evidence = row % 20 == 0 ? "https://example.org/evidence" : "";
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Round},{country},{Instrument},{Question(c, q)},{values[random.Next(values.Length)]},{comment},{evidence}\n"));
                }
            }
        }
    }

    private static MnrDbContext Open(string file)
    {
        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(new StoreConnection(StoreProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()));
        return new MnrDbContext(options.Options);
    }
}
