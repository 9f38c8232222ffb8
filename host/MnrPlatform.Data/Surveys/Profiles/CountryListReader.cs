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
/// the secretariat only (<see cref="AccessScope.MayCompareNamedCountries"/>). It is never a ranking.
/// </summary>
public sealed class CountryListReader(MnrDbContext db)
{
    /// <summary>The countries whose name, code, region or income group contains <paramref name="search"/> (all when empty), by name.</summary>
    /// <exception cref="AccessDeniedException">The scope is not the secretariat's.</exception>
    public async Task<IReadOnlyList<CountryListEntry>> ListAsync(AccessScope scope, string? search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.MayCompareNamedCountries)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not list countries: only the secretariat may.");
        }

        var answered = await db.Submissions.AsNoTracking()
            .Where(s => s.Status == SubmissionStatus.Validated)
            .Select(s => new { s.CountryIso3, s.RoundId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var rounds = await db.SurveyRounds.AsNoTracking()
            .Select(r => new { r.Id, r.Name, r.Year, r.Code, r.IncomeClassificationYear })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var codes = answered.Select(a => a.CountryIso3).Distinct().ToList();
        var countries = await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Iso3))
            .Select(c => new { c.Iso3, c.Name, c.Region })
            .ToListAsync(cancellationToken);
        var groups = await db.CountryIncomeGroups.AsNoTracking().Where(g => codes.Contains(g.CountryIso3))
            .ToListAsync(cancellationToken);

        var entries = countries.Select(c =>
        {
            var own = answered.Where(a => a.CountryIso3 == c.Iso3).Select(a => rounds[a.RoundId])
                .OrderByDescending(r => r.Year).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
            var group = groups.FirstOrDefault(g => g.CountryIso3 == c.Iso3 && g.FiscalYear == own[0].IncomeClassificationYear);
            return new CountryListEntry(c.Iso3, c.Name, c.Region, group is null ? null : IncomeGroups.DisplayName(group.Group), [.. own.Select(r => r.Name)]);
        });
        var term = search?.Trim() ?? "";
        return [.. entries
            .Where(e => term.Length == 0 || Matches(e, term))
            .OrderBy(e => e.Name, StringComparer.CurrentCulture)];
    }

    private static bool Matches(CountryListEntry entry, string term) =>
        new[] { entry.Name, entry.Iso3, entry.Region, entry.IncomeGroupName }.Any(text => text?.Contains(term, StringComparison.CurrentCultureIgnoreCase) == true);
}
