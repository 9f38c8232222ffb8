using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Leases;

/// <summary>
/// Takes, renews and releases <see cref="WorkLease"/>s. Every write is a compare-and-set on the
/// row's <see cref="WorkLease.Version"/>: the instance reads the row, decides by its own clock
/// whether the lease is free (no holder, or expired) or its own, and writes only if nobody wrote
/// since; of several instances racing for a free lease exactly one UPDATE matches. Instances'
/// clocks must agree to well within the lease length (NTP), since each judges expiry by its own.
/// </summary>
public sealed class WorkLeaseService(MnrDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Takes lease <paramref name="name"/> for <paramref name="owner"/> until now +
    /// <paramref name="length"/>, or renews it when <paramref name="owner"/> already holds it.
    /// False when another holder's lease has not expired, or another instance won the race.
    /// </summary>
    public async Task<bool> TryAcquireAsync(string name, string owner, TimeSpan length, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        if (length <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"The length of lease '{name}' must be positive (WorkLeases:Length).");
        }

        var now = Now();
        var lease = await db.WorkLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name, cancellationToken);
        if (lease is null)
        {
            return await TryCreateAsync(name, owner, now, now + length, cancellationToken);
        }

        var held = lease.Owner is not null && lease.ExpiresAt > now;
        if (held && lease.Owner != owner)
        {
            return false;
        }

        var acquiredAt = held ? lease.AcquiredAt : now;
        var until = now + length;
        var written = await db.WorkLeases
            .Where(l => l.Name == name && l.Version == lease.Version)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Owner, owner)
                .SetProperty(l => l.AcquiredAt, acquiredAt)
                .SetProperty(l => l.ExpiresAt, until)
                .SetProperty(l => l.Version, lease.Version + 1), cancellationToken);
        return written == 1;
    }

    /// <summary>Gives lease <paramref name="name"/> up if <paramref name="owner"/> holds it, so another instance may take it at once.</summary>
    public Task<int> ReleaseAsync(string name, string owner, CancellationToken cancellationToken) =>
        db.WorkLeases
            .Where(l => l.Name == name && l.Owner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Owner, (string?)null)
                .SetProperty(l => l.AcquiredAt, (DateTimeOffset?)null)
                .SetProperty(l => l.ExpiresAt, (DateTimeOffset?)null)
                .SetProperty(l => l.Version, l => l.Version + 1), cancellationToken);

    /// <summary>The lease as stored (null before anyone took it), for status pages and tests.</summary>
    public Task<WorkLease?> ReadAsync(string name, CancellationToken cancellationToken) =>
        db.WorkLeases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name, cancellationToken);

    private async Task<bool> TryCreateAsync(string name, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var lease = new WorkLease { Name = name, Owner = owner, AcquiredAt = now, ExpiresAt = until, Version = 1 };
        db.WorkLeases.Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another instance created the row first: it holds the lease now.
            return false;
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }

    // Whole milliseconds and UTC: PostgreSQL keeps microseconds, SQLite text; both read back what was written.
    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
