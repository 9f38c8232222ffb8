using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Host.Components.Common;

/// <summary>What the store status card shows: a live reading, never cached.</summary>
public sealed record StoreStatus(
    StoreProvider Provider,
    string Description,
    bool Reachable,
    IReadOnlyList<string> AppliedMigrations,
    DateTimeOffset CheckedAt)
{
    /// <summary>Asks the database whether it answers and which migrations it has.</summary>
    public static async Task<StoreStatus> ReadAsync(MnrDbContext db, StoreConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(connection);
        var reachable = await db.Database.CanConnectAsync(cancellationToken);
        var applied = reachable ? (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList() : [];
        return new StoreStatus(connection.Provider, connection.Describe(), reachable, applied, DateTimeOffset.UtcNow);
    }
}
