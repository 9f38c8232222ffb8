using System.Text;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.PeerLearning;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Tests;

/// <summary>`mnr cluster --save` stores the run as the round's newest, by the command line's actor, on a store of its own (the shared demo store is only read).</summary>
public sealed class ClusterSaveCommandTests : IDisposable
{
    private readonly TempDirectory data = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) =>
        Cli.RunAsync([.. args, "--data-path", data.Path, "--plugins", DemoStore.DomainPlugins]);

    private MnrDbContext Open()
    {
        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(StoreConnection.Resolve(new StoreOptions { DataPath = data.Path }, data.Path));
        return new MnrDbContext(options.Options);
    }

    [Fact]
    public async Task Save_stores_the_printed_run_with_its_model_prints_its_id_and_keeps_every_output_line()
    {
        Assert.Equal(0, (await RunAsync("demo", "load")).Exit);
        var json = Path.Combine(data.Path, "run.json");
        var plain = await RunAsync("cluster", "--round", DemoStore.SelfAssessment, "--seed", "7", "--json", json);

        var saved = await RunAsync("cluster", "--round", DemoStore.SelfAssessment, "--seed", "7", "--json", json, "--save");
        var again = await RunAsync("cluster", "--round", DemoStore.SelfAssessment, "--seed", "7", "--save");

        Assert.True(saved.Exit == 0, saved.Error);
        Assert.Equal(0, again.Exit);
        var lines = saved.Output.Split(Environment.NewLine);
        Assert.Equal(plain.Output.Split(Environment.NewLine).Where(l => l.Length > 0), lines.Where(l => l.Length > 0 && !l.StartsWith("Stored run: ", StringComparison.Ordinal)));
        var stored = lines.Single(l => l.StartsWith("Stored run: ", StringComparison.Ordinal));
        Assert.Matches($@"^Stored run: 1 \(round {DemoStore.SelfAssessment}, by cli:\S+; the peer-learning page shows the round's newest stored run\)$", stored);
        Assert.StartsWith("Stored run: 2 ", again.Output.Split(Environment.NewLine).Single(l => l.StartsWith("Stored run: ", StringComparison.Ordinal)), StringComparison.Ordinal);

        await using var db = Open();
        var cli = AccessScope.For(PlatformPrincipal.System("test-reader"));
        var runs = new ClusterRunStore(db, new AuditLog(db), TimeProvider.System);
        var first = await runs.FindAsync(cli, 1, Cancellation);
        var newest = await runs.NewestAsync(cli, DemoStore.SelfAssessment, Cancellation);
        Assert.Equal(2, newest!.Entry.Id);
        Assert.Equal(await File.ReadAllBytesAsync(json, Cancellation), Encoding.UTF8.GetBytes(first!.RunJson));
        Assert.Equal(first.RunJson, newest.RunJson);
        Assert.Equal(first.Entry.InputsHash, newest.Entry.InputsHash);
        Assert.Matches("^[0-9a-f]{64}$", first.Entry.InputsHash);
        Assert.Equal((7, 42), (first.Entry.Seed, first.Entry.UnitCount));
        Assert.InRange(first.Entry.K!.Value, 2, 4);
        Assert.NotEmpty(first.Model!);
        Assert.StartsWith("cli:", first.Entry.CreatedBy, StringComparison.Ordinal);
        var audited = await db.AuditEntries.Where(e => e.Action == AuditActions.ClusterRunStored).OrderBy(e => e.Id).ToListAsync(Cancellation);
        Assert.Equal(["cluster-run:1", "cluster-run:2"], audited.Select(e => e.Subject));
        Assert.All(audited, e => Assert.StartsWith("cli:", e.Actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_save_nothing_is_stored()
    {
        Assert.Equal(0, (await RunAsync("demo", "load")).Exit);

        var (exit, output, _) = await RunAsync("cluster", "--round", DemoStore.Review);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Stored run", output, StringComparison.Ordinal);
        await using var db = Open();
        Assert.Equal(0, await db.ClusterRuns.CountAsync(Cancellation));
    }
}
