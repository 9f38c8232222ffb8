using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Audit;

/// <summary>
/// The way to read unit-level data (a country's answers, phases, profile, exchange requests): the
/// query is restricted to what the scope may read, and a read by the secretariat is written to
/// the audit log. There is no overload without a scope.
/// </summary>
public sealed class UnitDataReader(AuditLog audit)
{
    /// <summary>
    /// Runs <paramref name="source"/> restricted to <paramref name="scope"/> and audits the read.
    /// </summary>
    /// <param name="scope">Whose read this is.</param>
    /// <param name="source">The rows asked for (any EF Core query of country-owned rows).</param>
    /// <param name="what">What is read, for the audit log (e.g. <c>answers:2026-round</c>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<T>> ReadAsync<T>(AccessScope scope, IQueryable<T> source, string what, CancellationToken cancellationToken)
        where T : class, ICountryOwned
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rows = await scope.Restrict(source).ToListAsync(cancellationToken);
        await audit.RecordUnitReadAsync(scope, what, rows.Select(r => r.CountryIso3), cancellationToken);
        return rows;
    }

    /// <summary>One country's rows: refused with <see cref="AccessDeniedException"/> when the scope may not read them.</summary>
    public Task<IReadOnlyList<T>> ReadCountryAsync<T>(AccessScope scope, IQueryable<T> source, string countryIso3, string what, CancellationToken cancellationToken)
        where T : class, ICountryOwned
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.DemandRead(countryIso3);
        return ReadAsync(scope, source.Where(r => r.CountryIso3 == countryIso3), what, cancellationToken);
    }
}
