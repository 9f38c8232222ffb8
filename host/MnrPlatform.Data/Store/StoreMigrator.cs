using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MnrPlatform.Data.Store;

/// <summary>
/// Brings a database to the latest schema. This alone is not safe when several instances start
/// together (EF Core's migration lock does not cover it on PostgreSQL): hosts and the CLI go through
/// <see cref="StoreInitialisation"/>, which holds a guard across instances around it.
/// </summary>
public static partial class StoreMigrator
{
    /// <summary>Applies every pending migration and returns the ids of those it applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(
        MnrDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logger);

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets pages read while an import writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (pending.Count == 0)
        {
            LogUpToDate(logger);
        }
        else
        {
            LogApplied(logger, pending.Count, pending);
        }

        return pending;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store schema is up to date")]
    private static partial void LogUpToDate(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} migration(s) to the store: {Migrations}")]
    private static partial void LogApplied(ILogger logger, int count, IReadOnlyList<string> migrations);
}
