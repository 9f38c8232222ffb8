using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace MnrPlatform.Data.Practice.Uses;

/// <summary>
/// A short text that changes whenever anything that decides who sees an example changes: its
/// status, version, proposed visibility, anonymised version, or a consent given or withdrawn. Pages
/// that are cached and show published examples (the domain pages) are keyed by it, so a withdrawn
/// consent takes an example off them as soon as the stamp is read again, not when the cache expires.
/// </summary>
public static class ExampleVisibilityStamp
{
    /// <summary>The stamp of the store's examples now.</summary>
    public static async Task<string> ReadAsync(MnrDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var examples = await db.PracticeExamples.AsNoTracking()
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Version, e.Status, e.ProposedVisibility, e.AnonymisedAs, e.AnonymisedVisibility })
            .ToListAsync(cancellationToken);
        var consents = await db.ExampleConsents.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Visibility, Withdrawn = c.WithdrawnAt != null })
            .ToListAsync(cancellationToken);
        var hash = new HashCode();
        foreach (var e in examples)
        {
            hash.Add(e.Id);
            hash.Add(e.Version);
            hash.Add(e.Status);
            hash.Add(e.ProposedVisibility);
            hash.Add(e.AnonymisedAs);
            hash.Add(e.AnonymisedVisibility);
        }

        foreach (var c in consents)
        {
            hash.Add(c.Id);
            hash.Add(c.Visibility);
            hash.Add(c.Withdrawn);
        }

        return string.Create(CultureInfo.InvariantCulture, $"e{examples.Count}.{consents.Count}.{hash.ToHashCode():x8}");
    }
}
