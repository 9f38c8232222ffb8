using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Audit;

/// <summary>
/// Writes and reads the audit log. A change and its audit entry are saved together: call
/// <see cref="Add"/> before the change's own <c>SaveChanges</c> (or inside its transaction).
/// </summary>
public sealed class AuditLog(MnrDbContext db)
{
    /// <summary>The most entries one page of the log returns.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Adds an entry to the context; the caller's next SaveChanges writes it with the change.</summary>
    public AuditEntry Add(PlatformPrincipal actor, string action, string subject, string? oldValue, string? newValue, string? countryIso3 = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry
        {
            At = DateTimeOffset.UtcNow,
            ActorId = actor.UserId,
            Actor = Truncate(actor.Name, 256),
            Action = action,
            Subject = Truncate(subject, 256),
            CountryIso3 = countryIso3,
            OldValue = oldValue,
            NewValue = newValue,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Adds an entry and saves it at once (for events that change nothing else, e.g. a failed sign-in).</summary>
    public async Task RecordAsync(PlatformPrincipal actor, string action, string subject, string? oldValue, string? newValue, CancellationToken cancellationToken)
    {
        Add(actor, action, subject, oldValue, newValue);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Records that <paramref name="scope"/> read unit-level data of <paramref name="countries"/>
    /// (one entry per country). Only the secretariat's reads are recorded: a focal point reading
    /// its own country is the owner reading its own answers.
    /// </summary>
    public async Task RecordUnitReadAsync(AccessScope scope, string what, IEnumerable<string> countries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(countries);
        if (!scope.AuditsUnitReads)
        {
            return;
        }

        var read = countries.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var country in read)
        {
            Add(scope.Actor, AuditActions.UnitDataRead, what, null, null, country);
        }

        if (read.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>The newest entries, older than <paramref name="before"/> (an entry id) when given.</summary>
    public async Task<IReadOnlyList<AuditEntry>> PageAsync(long? before, int take, string? action, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (before is { } id)
        {
            query = query.Where(e => e.Id < id);
        }

        if (!string.IsNullOrEmpty(action))
        {
            query = query.Where(e => e.Action == action);
        }

        return await query.OrderByDescending(e => e.Id).Take(Math.Clamp(take, 1, MaxPageSize)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One page of the log for the administration grid: filtered, sorted, counted and paged in the
    /// database. Only those who may read the audit log may ask.
    /// </summary>
    /// <exception cref="AccessDeniedException">The scope's user may not read the audit log.</exception>
    public async Task<PagedResult<AuditEntry>> QueryAsync(AccessScope scope, AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        if (!scope.Actor.Has(Permissions.ReadAudit))
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not read the audit log.");
        }

        var entries = db.AuditEntries.AsNoTracking();
        var total = await query.Filter(entries).CountAsync(cancellationToken);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = await query.Apply(entries).Skip(Math.Max(query.Page, 0) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<AuditEntry>(page, total);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
