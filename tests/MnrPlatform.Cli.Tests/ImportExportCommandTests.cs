using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Demo;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Cli.Tests;

[Collection(DemoStoreGroup.Name)]
public sealed class ImportExportCommandTests(DemoStore demo)
{
    private const string OpenRound = "2026-cli";

    [Fact]
    public async Task Export_writes_the_demo_round_with_its_label_and_import_refuses_the_published_round()
    {
        using var folder = new TempDirectory();
        var file = Path.Combine(folder.Path, "review.csv");

        var (exit, output, error) = await demo.RunAsync("export", "--round", DemoStore.Review, "--format", "csv", "--out", file);

        Assert.True(exit == 0, error);
        Assert.Contains("countries from 2021-review", output, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("# " + DemoDataset.Label, lines[0]);
        Assert.Equal("round,country,instrument,question,value,comment,evidence", lines[1]);
        Assert.True(lines.Length > 1000, $"{lines.Length} lines");

        var (importExit, _, importError) = await demo.RunAsync("import", file, "--round", DemoStore.Review);

        Assert.Equal(1, importExit);
        Assert.Contains("review.csv: round 2021-review is published", importError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_lists_each_problem_with_its_place_then_a_dry_run_writes_nothing_and_a_real_run_writes_all()
    {
        using var data = new TempDirectory();
        using var folder = new TempDirectory();
        try
        {
            await CreateOpenRoundAsync(data.Path);
            var exported = Path.Combine(folder.Path, "kenya.csv");
            var (exportExit, _, exportError) = await RunAsync(data.Path, "export", "--round", DemoStore.Review, "--format", "csv", "--out", exported);
            Assert.True(exportExit == 0, exportError);
            var kenya = (await File.ReadAllLinesAsync(exported, TestContext.Current.CancellationToken)).Skip(2)
                .Where(l => l.Contains(",KEN,", StringComparison.Ordinal)).Select(l => OpenRound + l[l.IndexOf(',', StringComparison.Ordinal)..]).ToList();
            var good = Path.Combine(folder.Path, "good.csv");
            await File.WriteAllLinesAsync(good, ["round,country,instrument,question,value,comment,evidence", .. kenya], TestContext.Current.CancellationToken);
            var bad = Path.Combine(folder.Path, "bad.csv");
            await File.WriteAllLinesAsync(bad, ["round,country,instrument,question,value,comment,evidence", kenya[0], kenya[0].Replace(",KEN,", ",XYZ,", StringComparison.Ordinal)], TestContext.Current.CancellationToken);

            var (badExit, _, badError) = await RunAsync(data.Path, "import", bad, "--round", OpenRound);
            var (dryExit, dryOutput, dryError) = await RunAsync(data.Path, "import", good, "--round", OpenRound, "--dry-run");
            var afterDryRun = await AnswerCountAsync(data.Path);
            var (exit, output, error) = await RunAsync(data.Path, "import", good, "--round", OpenRound, "--status", "validated");

            Assert.Equal(1, badExit);
            Assert.Contains("bad.csv, row 3, column 2 (country): unknown country \"XYZ\"", badError, StringComparison.Ordinal);
            Assert.Contains("error: bad.csv has 1 problem(s); nothing was imported.", badError, StringComparison.Ordinal);
            Assert.True(dryExit == 0, dryError);
            Assert.Contains($"KEN     {kenya.Count,6}        0          0                1", dryOutput, StringComparison.Ordinal);
            Assert.Contains("Dry run: nothing was written.", dryOutput, StringComparison.Ordinal);
            Assert.Equal(0, afterDryRun);
            Assert.True(exit == 0, error);
            Assert.Contains($"{kenya.Count} new, 0 changed, 0 unchanged answers; 1 submission(s) created as Validated", output, StringComparison.Ordinal);
            Assert.Contains("results version 1", output, StringComparison.Ordinal);
            Assert.Equal(kenya.Count, await AnswerCountAsync(data.Path));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task A_template_needs_a_country_and_an_instrument()
    {
        using var folder = new TempDirectory();

        var (exit, _, error) = await demo.RunAsync("export", "--round", DemoStore.Review, "--format", "template", "--out", Path.Combine(folder.Path, "t.xlsx"));

        Assert.Equal(2, exit);
        Assert.Contains("give --country and --instrument", error, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(string dataPath, params string[] args) =>
        Cli.RunAsync([.. args, "--data-path", dataPath, "--plugins", DemoStore.DomainPlugins]);

    // A store with the demo rounds (to export from) and an open round with the review's instruments (to import into).
    private static async Task CreateOpenRoundAsync(string dataPath)
    {
        var (exit, _, error) = await RunAsync(dataPath, "demo", "load");
        Assert.True(exit == 0, error);
        await using var db = Open(dataPath);
        var round = new SurveyRound { Code = OpenRound, Name = "CLI test", Year = 2026, IncomeClassificationYear = 2021, Status = RoundStatus.Open, CreatedAt = DateTimeOffset.UtcNow };
        round.Instruments.AddRange([new RoundInstrument { Code = "government-survey" }, new RoundInstrument { Code = "unicef-country-office-survey" }]);
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<int> AnswerCountAsync(string dataPath)
    {
        await using var db = Open(dataPath);
        return await db.Answers.CountAsync(a => db.Submissions.Any(s => s.Id == a.SubmissionId && db.SurveyRounds.Any(r => r.Id == s.RoundId && r.Code == OpenRound)), TestContext.Current.CancellationToken);
    }

    private static Data.MnrDbContext Open(string dataPath)
    {
        var options = new DbContextOptionsBuilder<Data.MnrDbContext>();
        Data.Store.StoreServiceCollectionExtensions.UseStore(options, Data.Store.StoreConnection.Resolve(new Data.Store.StoreOptions { DataPath = dataPath }, dataPath));
        return new Data.MnrDbContext(options.Options);
    }
}
