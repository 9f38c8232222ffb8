using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MnrPlatform.Data.Store;

/// <summary>
/// Migrates the store and runs the seeding steps while holding a guard that spans every instance
/// and process on the same database, so any number of hosts (and <c>mnr</c> commands) may start
/// together: one migrates and seeds, the others wait, then find everything there and do nothing.
/// On PostgreSQL the guard is the session advisory lock <see cref="AdvisoryLockKey"/>, taken on a
/// connection of its own; on SQLite an exclusive lock on the file <c>&lt;database&gt;.init-lock</c>
/// beside the database. Both go away with the process, so a crash never leaves a stale lock.
/// </summary>
/// <remarks>
/// EF Core's own migration lock is not enough on PostgreSQL: Npgsql's is <c>LOCK TABLE
/// "__EFMigrationsHistory"</c>, released when each migration's transaction commits, while the list
/// of migrations to apply is read once, under the first lock; a second instance that was waiting
/// reads a half-migrated history and applies the same migrations again (42P07). Seeding is outside
/// EF's lock altogether. See Migrations/README.md.
/// </remarks>
public static partial class StoreInitialisation
{
    /// <summary>
    /// The PostgreSQL advisory-lock key held around migration and seeding: the ASCII bytes of
    /// "MNR_INIT" as a bigint. <c>SELECT * FROM pg_locks WHERE locktype = 'advisory'</c> shows it
    /// as classid 1296978527, objid 1229867348.
    /// </summary>
    public const long AdvisoryLockKey = 0x4D4E525F494E4954;

    /// <summary>How long an instance waits for another one's migration and seeding before it gives up.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(10);

    /// <summary>Migrates the store under the guard; the ids of the migrations applied (none when another instance did it).</summary>
    public static Task<IReadOnlyList<string>> MigrateAsync(MnrDbContext db, ILogger logger, CancellationToken cancellationToken = default) =>
        RunAsync(db, logger, seed: null, cancellationToken);

    /// <summary>
    /// Takes the guard, migrates, runs <paramref name="seed"/> (which must find its rows and do
    /// nothing when they are there), and releases the guard on every path.
    /// </summary>
    /// <exception cref="StoreInitialisationTimeoutException">Another instance held the guard longer than <see cref="DefaultWait"/>.</exception>
    public static async Task<IReadOnlyList<string>> RunAsync(
        MnrDbContext db, ILogger logger, Func<CancellationToken, Task>? seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logger);
        await using var guard = await AcquireAsync(db, logger, cancellationToken);
        var applied = await StoreMigrator.MigrateAsync(db, logger, cancellationToken);
        if (seed is not null)
        {
            await seed(cancellationToken);
        }

        return applied;
    }

    private static async Task<IAsyncDisposable> AcquireAsync(MnrDbContext db, ILogger logger, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()
            ?? throw new StoreConfigurationException("The store has no connection string; store initialisation cannot take its lock.");
        var guard = db.Database.IsSqlite()
            ? (StoreInitialisationLock)SqliteInitialisationLock.For(connectionString)
            : new PostgreSqlInitialisationLock(connectionString, AdvisoryLockKey);
        await guard.AcquireAsync(DefaultWait, logger, cancellationToken);
        return guard;
    }
}
