using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Audit;

/// <summary>The columns the audit log can be sorted by; each has an index behind it.</summary>
public enum AuditSort
{
    /// <summary>By time, through the increasing id (the log's order; provider-neutral, where <c>At</c> is not on SQLite).</summary>
    When,

    /// <summary>By action code, then by time.</summary>
    Action,
}

/// <summary>One page of the audit log as the administration grid asks for it: filtered, sorted and paged in the database.</summary>
/// <param name="Page">Zero-based page number.</param>
/// <param name="PageSize">Entries per page (at most <see cref="AuditLog.MaxPageSize"/>).</param>
/// <param name="Action">Only this action code, when given.</param>
/// <param name="Text">Only entries whose actor or subject contains this text, when given.</param>
/// <param name="CountryIso3">Only entries about this country, when given.</param>
/// <param name="BeforeId">Only entries older than this id (the page's <c>before</c> link), when given.</param>
/// <param name="Sort">The sort column.</param>
/// <param name="Descending">Newest (or last) first.</param>
public sealed record AuditQuery(
    int Page = 0,
    int PageSize = 50,
    string? Action = null,
    string? Text = null,
    string? CountryIso3 = null,
    long? BeforeId = null,
    AuditSort Sort = AuditSort.When,
    bool Descending = true)
{
    /// <summary>The filtered and sorted entries, not yet paged.</summary>
    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var query = Filter(entries);
        return (Sort, Descending) switch
        {
            (AuditSort.Action, false) => query.OrderBy(e => e.Action).ThenBy(e => e.Id),
            (AuditSort.Action, true) => query.OrderByDescending(e => e.Action).ThenByDescending(e => e.Id),
            (_, false) => query.OrderBy(e => e.Id),
            _ => query.OrderByDescending(e => e.Id),
        };
    }

    /// <summary>The filtered entries (what the grid counts).</summary>
    public IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var query = entries;
        if (BeforeId is { } before)
        {
            query = query.Where(e => e.Id < before);
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            var action = Action.Trim();
            query = query.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(CountryIso3))
        {
            var country = CountryIso3.Trim().ToUpperInvariant();
            query = query.Where(e => e.CountryIso3 == country);
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            query = query.Where(e => e.Actor.Contains(text) || e.Subject.Contains(text));
        }

        return query;
    }
}
