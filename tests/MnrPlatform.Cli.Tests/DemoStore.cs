using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Tests;

/// <summary>
/// One SQLite store, loaded once with `mnr demo load` and shared by the peer-learning command
/// tests (they only read it), with the load's own result for the tests of that command.
/// </summary>
public sealed class DemoStore : IAsyncLifetime
{
    public const string SelfAssessment = "2023-self-assessment";
    public const string Review = "2021-review";

    /// <summary>The domain plugins as the build deploys them for these tests.</summary>
    public static readonly string DomainPlugins = Path.Combine(AppContext.BaseDirectory, "domain-plugins");

    private readonly TempDirectory data = new();

    public string DataPath => data.Path;

    /// <summary>What `mnr demo load` into the empty store returned.</summary>
    public (int Exit, string Output, string Error) Load { get; private set; }

    /// <summary>Runs mnr on this store with the domain plugins.</summary>
    public Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) =>
        Cli.RunAsync([.. args, "--data-path", data.Path, "--plugins", DomainPlugins]);

    public async ValueTask InitializeAsync() => Load = await RunAsync("demo", "load");

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The store, opened directly through the Data layer.</summary>
    public MnrDbContext Open()
    {
        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(StoreConnection.Resolve(new StoreOptions { DataPath = data.Path }, data.Path));
        return new MnrDbContext(options.Options);
    }

    /// <summary>Each country's stored maturity phase per capability code in the self-assessment round.</summary>
    public async Task<Dictionary<string, Dictionary<string, int>>> PhasesAsync()
    {
        await using var db = Open();
        var round = await db.SurveyRounds.SingleAsync(r => r.Code == SelfAssessment, TestContext.Current.CancellationToken);
        var submissions = await db.Submissions.AsNoTracking()
            .Where(s => s.RoundId == round.Id)
            .Include(s => s.Answers)
            .ToListAsync(TestContext.Current.CancellationToken);
        return submissions
            .SelectMany(s => s.Answers.Select(a => new { s.CountryIso3, a.QuestionId, a.Value }))
            .Where(a => a.QuestionId.EndsWith(".maturity.phase", StringComparison.Ordinal))
            .GroupBy(a => a.CountryIso3, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.ToDictionary(a => a.QuestionId.Split('.')[1], a => int.Parse(a.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal),
                StringComparer.Ordinal);
    }
}

[CollectionDefinition(Name)]
public sealed class DemoStoreGroup : ICollectionFixture<DemoStore>
{
    public const string Name = "demo store";
}
