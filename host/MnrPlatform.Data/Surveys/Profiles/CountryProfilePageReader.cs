using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Profiles;

/// <summary>
/// Reads a country's profile page: its answers in every round it has validated answers in (one
/// audited read, <see cref="CountryProfileReader.ReadAllRoundsAsync"/>) and, for a published round,
/// its income group's medians. The same for the secretariat and the country's focal points.
/// </summary>
public sealed class CountryProfilePageReader(MnrDbContext db, CountryProfileReader profiles, RoundDirectory rounds, IncomeGroupMedianReader medians)
{
    /// <summary>The profile of <paramref name="countryIso3"/> in <paramref name="roundCode"/> (the newest round it has validated answers in when null).</summary>
    /// <exception cref="AccessDeniedException">The scope may not read the country.</exception>
    /// <exception cref="KeyNotFoundException">There is no such country.</exception>
    public async Task<CountryProfilePage> ReadAsync(AccessScope scope, string countryIso3, string? roundCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.DemandRead(countryIso3);
        var country = await db.Countries.AsNoTracking().Where(c => c.Iso3 == countryIso3)
            .Select(c => new CountryIdentity(c.Iso3, c.Name, c.Region))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no country '{countryIso3}'.");
        var history = await profiles.ReadAllRoundsAsync(scope, countryIso3, cancellationToken);
        var answered = history.Select(h => h.RoundCode).ToHashSet(StringComparer.Ordinal);
        var own = (await rounds.ListAsync(cancellationToken)).Where(r => answered.Contains(r.Code)).ToList();
        var round = own.FirstOrDefault(r => r.Code == roundCode) ?? own.FirstOrDefault();
        var profile = round is null ? null : history.First(h => h.RoundCode == round.Code);
        // Results of a round stay with the secretariat until it is published; the page shows the median to nobody before.
        var groupMedians = round is { Status: RoundStatus.Published } ? await medians.ReadAsync(round.Code, countryIso3, cancellationToken) : null;
        return new CountryProfilePage(country, own, round, round is null ? null : await IncomeGroupAsync(round.Code, countryIso3, cancellationToken), roundCode is not null && round?.Code != roundCode, profile, groupMedians, history);
    }

    private async Task<string?> IncomeGroupAsync(string roundCode, string countryIso3, CancellationToken cancellationToken)
    {
        var year = await db.SurveyRounds.AsNoTracking().Where(r => r.Code == roundCode).Select(r => r.IncomeClassificationYear).SingleAsync(cancellationToken);
        var groups = await db.CountryIncomeGroups.AsNoTracking()
            .Where(g => g.CountryIso3 == countryIso3 && g.FiscalYear == year)
            .Select(g => g.Group)
            .ToListAsync(cancellationToken);
        return groups.Count == 0 ? null : IncomeGroups.DisplayName(groups[0]);
    }
}
