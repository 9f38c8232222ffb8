using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Data.Store;
using Npgsql;

namespace MnrPlatform.Data.Tests.Store;

/// <summary>
/// Store initialisation holds one guard across every connection and process on a database: runs
/// started together migrate once and never seed side by side, and a failed run frees the guard.
/// </summary>
public abstract class StoreInitialisationTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    [Fact]
    public async Task Six_runs_started_together_migrate_once_and_never_seed_side_by_side()
    {
        await using var store = await CreateStoreAsync();
        var inside = 0;
        var mostInside = 0;
        var seeds = 0;

        async Task<IReadOnlyList<string>> RunOneAsync()
        {
            await using var db = store.Open();
            return await StoreInitialisation.RunAsync(db, NullLogger.Instance, async _ =>
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref mostInside, now);
                await Task.Delay(50, Cancellation);
                Interlocked.Increment(ref seeds);
                Interlocked.Decrement(ref inside);
            }, Cancellation);
        }

        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(RunOneAsync, Cancellation)));

        await using var check = store.Open();
        var all = check.Database.GetMigrations().ToList();
        Assert.Single(runs, applied => applied.Count > 0);
        Assert.Equal(all, runs.Single(applied => applied.Count > 0));
        Assert.Equal(all, await check.Database.GetAppliedMigrationsAsync(Cancellation));
        Assert.Equal(6, seeds);
        Assert.Equal(1, mostInside);
    }

    [Fact]
    public async Task A_failed_seed_releases_the_guard_for_the_next_run()
    {
        await using var store = await CreateStoreAsync();
        await using (var first = store.Open())
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                StoreInitialisation.RunAsync(first, NullLogger.Instance, _ => throw new InvalidOperationException("seed broke"), Cancellation));
            Assert.Equal("seed broke", error.Message);
        }

        await using var second = store.Open();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var applied = await StoreInitialisation.RunAsync(second, NullLogger.Instance, _ => Task.CompletedTask, Cancellation);

        Assert.Empty(applied);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The second run waited {watch.Elapsed} for a guard the failed run should have released.");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref target);
        }
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) != seen);
    }
}

public sealed class SqliteStoreInitialisationTests : StoreInitialisationTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());

    [Fact]
    public async Task The_guard_is_a_lock_file_beside_the_database_that_other_opens_are_refused()
    {
        await using var store = new SqliteTestStore();
        await using var db = ((ITestStore)store).Open();
        var lockFile = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.Connection.ConnectionString).DataSource + ".init-lock";

        await StoreInitialisation.RunAsync(db, NullLogger.Instance, _ =>
        {
            Assert.True(File.Exists(lockFile), $"No lock file at {lockFile}");
            Assert.Throws<IOException>(() => new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None).Dispose());
            return Task.CompletedTask;
        }, TestContext.Current.CancellationToken);

        using var free = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.True(free.CanWrite);
    }
}

public sealed class PostgreSqlStoreInitialisationTests : StoreInitialisationTests
{
    private const string HeldOnThisDatabase = """
        SELECT count(*) FROM pg_locks
        WHERE locktype = 'advisory' AND granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND ((classid::bigint << 32) | objid::bigint) = @key
        """;

    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();

    [Fact]
    public async Task The_documented_advisory_lock_is_held_while_seeding_and_released_after()
    {
        await using var store = await PostgreSqlTestStore.CreateAsync();
        await using var db = ((ITestStore)store).Open();
        await using var observer = new NpgsqlConnection(store.Connection.ConnectionString);
        await observer.OpenAsync(TestContext.Current.CancellationToken);

        long during = -1;
        await StoreInitialisation.RunAsync(db, NullLogger.Instance, async ct => during = await HeldAsync(observer, ct), TestContext.Current.CancellationToken);
        var after = await HeldAsync(observer, TestContext.Current.CancellationToken);

        Assert.Equal(1, during);
        Assert.Equal(0, after);
        Assert.Equal(0x4D4E525F494E4954, StoreInitialisation.AdvisoryLockKey);
    }

    private static async Task<long> HeldAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(HeldOnThisDatabase, connection);
        command.Parameters.AddWithValue("key", StoreInitialisation.AdvisoryLockKey);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
