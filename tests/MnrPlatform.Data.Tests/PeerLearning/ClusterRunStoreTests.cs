using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.PeerLearning;

namespace MnrPlatform.Data.Tests.PeerLearning;

/// <summary>Stored clustering runs: a history per round, the bytes kept exactly, for the secretariat only.</summary>
public abstract class ClusterRunStoreTests : IAsyncLifetime
{
    private const string Round = "2023-self-assessment";
    private static readonly AccessScope Analyst = Scope(Roles.Analyst);
    private static readonly AccessScope Kenya = Scope(Roles.FocalPoint, "KEN");
    private static readonly AccessScope Viewer = Scope(Roles.Viewer);
    private readonly Clock clock = new(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));
    private ITestStore store = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await using var db = await store.OpenPreparedAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static AccessScope Scope(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role + country, $"{role}{country}@example.org", [role], country));

    private static NewClusterRun Run(string round, int seed, int? k, byte[]? model) => new(
        round,
        Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(seed))),
        seed,
        $"{{\"seed\":{seed}}}",
        "Microsoft.ML 6.0.0 KMeansTrainer",
        k,
        42,
        k is null ? null : 0.8125,
        "{\n  \"inputs\": {\n    \"roundLabel\": \"" + round + "\",\n    \"name\": \"Côte d’Ivoire\"\n  }\n}",
        model);

    private async Task<T> WithStoreAsync<T>(Func<ClusterRunStore, MnrDbContext, Task<T>> action)
    {
        await using var db = store.Open();
        return await action(new ClusterRunStore(db, new AuditLog(db), clock), db);
    }

    [Fact]
    public async Task A_stored_run_reads_back_byte_for_byte_and_the_newest_is_the_last_stored()
    {
        var model = RandomNumberGenerator.GetBytes(2600);
        var first = await WithStoreAsync((s, _) => s.SaveAsync(Analyst, Run(Round, 7, 3, model), Cancellation));
        clock.Now = clock.Now.AddHours(1);
        var second = await WithStoreAsync((s, _) => s.SaveAsync(Analyst, Run(Round, 8, null, null), Cancellation));
        await WithStoreAsync((s, _) => s.SaveAsync(Analyst, Run("2021-review", 9, 2, model), Cancellation));

        var newest = await WithStoreAsync((s, _) => s.NewestAsync(Analyst, Round, Cancellation));
        var older = await WithStoreAsync((s, _) => s.FindAsync(Analyst, first, Cancellation));
        var history = await WithStoreAsync((s, _) => s.HistoryAsync(Analyst, Round, Cancellation));

        Assert.Equal(second, newest!.Entry.Id);
        Assert.Null(newest.Model);
        Assert.Null(newest.Entry.K);
        Assert.Equal(Run(Round, 7, 3, model).RunJson, older!.RunJson);
        Assert.Equal(model, older.Model);
        Assert.Equal((Round, 7, 3, 42, 0.8125, "{\"seed\":7}"), (older.Entry.RoundCode, older.Entry.Seed, older.Entry.K, older.Entry.UnitCount, older.Entry.AgreementWithPam!.Value, older.OptionsJson));
        Assert.Equal(Run(Round, 7, 3, model).InputsHash, older.Entry.InputsHash);
        Assert.Equal("Analyst@example.org", older.Entry.CreatedBy);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero), older.Entry.CreatedAt);
        Assert.Equal([second, first], history.Select(h => h.Id));
        Assert.Null(await WithStoreAsync((s, _) => s.NewestAsync(Analyst, "2026-open", Cancellation)));
    }

    [Fact]
    public async Task Storing_is_audited_and_never_overwrites_an_earlier_run()
    {
        var first = await WithStoreAsync((s, _) => s.SaveAsync(Analyst, Run(Round, 7, 3, [1, 2, 3]), Cancellation));
        var again = await WithStoreAsync((s, _) => s.SaveAsync(Analyst, Run(Round, 7, 3, [1, 2, 3]), Cancellation));

        var entries = await WithStoreAsync((_, db) => db.AuditEntries.Where(e => e.Action == AuditActions.ClusterRunStored).OrderBy(e => e.Id).ToListAsync(Cancellation));
        Assert.NotEqual(first, again);
        Assert.Equal([$"cluster-run:{first}", $"cluster-run:{again}"], entries.Select(e => e.Subject));
        Assert.All(entries, e => Assert.Equal("Analyst@example.org", e.Actor));
        Assert.StartsWith($"round {Round}: k 3, 42 countries, seed 7, inputs ", entries[0].NewValue, StringComparison.Ordinal);
        Assert.Equal(2, (await WithStoreAsync((s, _) => s.HistoryAsync(Analyst, Round, Cancellation))).Count);
    }

    [Fact]
    public async Task Only_the_secretariat_reads_runs_and_only_its_writers_store_them()
    {
        await WithStoreAsync((s, _) => s.SaveAsync(Analyst, Run(Round, 7, 3, null), Cancellation));

        foreach (var outsider in new[] { Kenya, Viewer })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => WithStoreAsync((s, _) => s.SaveAsync(outsider, Run(Round, 8, 3, null), Cancellation)));
            await Assert.ThrowsAsync<AccessDeniedException>(() => WithStoreAsync((s, _) => s.NewestAsync(outsider, Round, Cancellation)));
            await Assert.ThrowsAsync<AccessDeniedException>(() => WithStoreAsync((s, _) => s.HistoryAsync(outsider, Round, Cancellation)));
            await Assert.ThrowsAsync<AccessDeniedException>(() => WithStoreAsync((s, _) => s.FindAsync(outsider, 1, Cancellation)));
        }

        // Every secretariat role (an administrator too) reads the history the analyst stored.
        Assert.Single(await WithStoreAsync((s, _) => s.HistoryAsync(Scope(Roles.Administrator), Round, Cancellation)));
    }

    [Fact]
    public async Task A_run_without_a_proper_inputs_hash_is_refused_naming_the_round()
    {
        var bad = Run(Round, 7, 3, null) with { InputsHash = "ABC" };

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => WithStoreAsync((s, _) => s.SaveAsync(Analyst, bad, Cancellation)));

        Assert.Contains(Round, refused.Message, StringComparison.Ordinal);
        Assert.Contains("'ABC'", refused.Message, StringComparison.Ordinal);
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public sealed class SqliteClusterRunStoreTests : ClusterRunStoreTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlClusterRunStoreTests : ClusterRunStoreTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
