using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>A country with validated answers, as the secretariat's list of countries shows it.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">Short name.</param>
/// <param name="Region">UN M49 region; null when it has none.</param>
/// <param name="IncomeGroupName">Its income group in the classification of the newest round it answered; null when unclassified.</param>
/// <param name="Rounds">The names of the rounds it has validated answers in, newest first.</param>
public sealed record CountryListEntry(string Iso3, string Name, string? Region, string? IncomeGroupName, IReadOnlyList<string> Rounds);

/// <summary>
/// The countries with validated answers in any round, by name: a list of named countries, so for
/// the secretariat only (<see cref="AccessScope.MayCompareNamedCountries"/>). It is never a ranking:
/// it orders by name, region or income group, never by an answer. Search, order and paging run in the database.
/// </summary>
public sealed class CountryListReader(MnrDbContext db)
{
    /// <summary>The countries whose name, code, region or income group contains <paramref name="search"/> (all when empty), by name.</summary>
    /// <exception cref="AccessDeniedException">The scope is not the secretariat's.</exception>
    public async Task<IReadOnlyList<CountryListEntry>> ListAsync(AccessScope scope, string? search, CancellationToken cancellationToken) =>
        (await QueryAsync(scope, new CountryListQuery(search), cancellationToken)).Items;

    /// <summary>One page of the countries matching <paramref name="query"/>, with the count of all that match.</summary>
    /// <exception cref="AccessDeniedException">The scope is not the secretariat's.</exception>
    public async Task<CountryListPage> QueryAsync(AccessScope scope, CountryListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        if (!scope.MayCompareNamedCountries)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not list countries: only the secretariat may.");
        }

        var rows = Ordered(Searched(Rows(), query.Search), query.Order, query.Descending);
        var total = await rows.CountAsync(cancellationToken);
        if (query.PageSize > 0)
        {
            rows = rows.Skip(query.Page * query.PageSize).Take(query.PageSize);
        }

        var page = await rows.ToListAsync(cancellationToken);
        var rounds = await RoundNamesAsync([.. page.Select(r => r.Iso3)], cancellationToken);
        return new CountryListPage(
            [.. page.Select(r => new CountryListEntry(r.Iso3, r.Name, r.Region, r.Group is { } g ? IncomeGroups.DisplayName(g) : null, rounds.GetValueOrDefault(r.Iso3, [])))],
            total);
    }

    private IQueryable<Submission> Validated => db.Submissions.Where(s => s.Status == SubmissionStatus.Validated);

    /// <summary>Each country with validated answers, with its income group in the classification of the newest round it answered.</summary>
    private IQueryable<CountryRow> Rows() =>
        db.Countries.AsNoTracking()
            .Where(c => Validated.Any(s => s.CountryIso3 == c.Iso3))
            .Select(c => new CountryRow
            {
                Iso3 = c.Iso3,
                Name = c.Name,
                Region = c.Region,
                Group = db.CountryIncomeGroups
                    .Where(g => g.CountryIso3 == c.Iso3 && g.FiscalYear == Validated
                        .Where(s => s.CountryIso3 == c.Iso3)
                        .Join(db.SurveyRounds, s => s.RoundId, r => r.Id, (s, r) => r)
                        .OrderByDescending(r => r.Year).ThenBy(r => r.Code)
                        .Select(r => r.IncomeClassificationYear)
                        .FirstOrDefault())
                    .Select(g => (IncomeGroup?)g.Group)
                    .FirstOrDefault(),
            });

    private static IQueryable<CountryRow> Searched(IQueryable<CountryRow> rows, string? search)
    {
        var term = search?.Trim().ToLowerInvariant() ?? "";
        if (term.Length == 0)
        {
            return rows;
        }

        // Income groups are stored as codes: match their display names here, then filter by code in the database.
        var groups = IncomeGroups.All.Where(g => IncomeGroups.DisplayName(g).Contains(term, StringComparison.OrdinalIgnoreCase)).ToList();
        // ToLower() is translated to SQL LOWER(), which runs in the database on both stores: no .NET culture applies.
#pragma warning disable CA1304, CA1311, CA1862
        return rows.Where(r => r.Name.ToLower().Contains(term)
            || r.Iso3.ToLower().Contains(term)
            || (r.Region != null && r.Region.ToLower().Contains(term))
            || (r.Group != null && groups.Contains(r.Group.Value)));
#pragma warning restore CA1304, CA1311, CA1862
    }

    private static IQueryable<CountryRow> Ordered(IQueryable<CountryRow> rows, CountryListOrder order, bool descending) => order switch
    {
        CountryListOrder.Region => (descending ? rows.OrderByDescending(r => r.Region) : rows.OrderBy(r => r.Region)).ThenBy(r => r.Name),
        CountryListOrder.IncomeGroup => (descending ? rows.OrderByDescending(GroupRank) : rows.OrderBy(GroupRank)).ThenBy(r => r.Name),
        _ => descending ? rows.OrderByDescending(r => r.Name) : rows.OrderBy(r => r.Name),
    };

    /// <summary>Low to high income, unclassified last.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<CountryRow, int>> GroupRank = r =>
        r.Group == IncomeGroup.Low ? 0
        : r.Group == IncomeGroup.LowerMiddle ? 1
        : r.Group == IncomeGroup.UpperMiddle ? 2
        : r.Group == IncomeGroup.High ? 3
        : 4;

    /// <summary>The names of the rounds each country has validated answers in, newest first.</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> RoundNamesAsync(List<string> codes, CancellationToken cancellationToken)
    {
        var answered = await Validated.AsNoTracking()
            .Where(s => codes.Contains(s.CountryIso3))
            .Join(db.SurveyRounds, s => s.RoundId, r => r.Id, (s, r) => new { s.CountryIso3, r.Name, r.Year, r.Code })
            .Distinct()
            .ToListAsync(cancellationToken);
        return answered.GroupBy(a => a.CountryIso3).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)[.. g.OrderByDescending(r => r.Year).ThenBy(r => r.Code, StringComparer.Ordinal).Select(r => r.Name)],
            StringComparer.Ordinal);
    }

    private sealed class CountryRow
    {
        public required string Iso3 { get; init; }

        public required string Name { get; init; }

        public string? Region { get; init; }

        public IncomeGroup? Group { get; init; }
    }
}
