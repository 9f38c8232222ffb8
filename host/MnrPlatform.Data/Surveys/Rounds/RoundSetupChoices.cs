using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Surveys.Instruments;

namespace MnrPlatform.Data.Surveys.Rounds;

/// <summary>What the new-round form offers to choose from.</summary>
/// <param name="ClassificationYears">Income classification years in the reference data, newest first.</param>
/// <param name="Instruments">The instruments in the store (code, name, respondent type), by name.</param>
/// <param name="Regions">UN M49 regions, sub-regions and intermediate regions, by name.</param>
/// <param name="Rounds">Existing rounds (code, name), newest first: carry forward from, or take the countries of.</param>
public sealed record RoundSetupChoices(
    IReadOnlyList<int> ClassificationYears,
    IReadOnlyList<InstrumentChoice> Instruments,
    IReadOnlyList<string> Regions,
    IReadOnlyList<RoundChoice> Rounds);

/// <summary>An instrument to pick.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
/// <param name="RespondentType">Who answers it.</param>
public sealed record InstrumentChoice(string Code, string Name, string RespondentType);

/// <summary>A round to pick.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
public sealed record RoundChoice(string Code, string Name);

/// <summary>Reads <see cref="RoundSetupChoices"/> (secretariat pages only; nothing country-owned).</summary>
public sealed class RoundSetupChoicesReader(MnrDbContext db, InstrumentDirectory instrumentDirectory)
{
    /// <summary>The choices as the store holds them now.</summary>
    public async Task<RoundSetupChoices> ReadAsync(CancellationToken cancellationToken)
    {
        var years = await db.CountryIncomeGroups.AsNoTracking().Select(g => g.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
        var instruments = (await instrumentDirectory.ListAsync(cancellationToken)).Select(i => new InstrumentChoice(i.Code, i.Name, i.RespondentType)).ToList();
        var places = await db.Countries.AsNoTracking().Select(c => new { c.Region, c.SubRegion, c.IntermediateRegion }).Distinct().ToListAsync(cancellationToken);
        var regions = places.SelectMany(p => new[] { p.Region, p.SubRegion, p.IntermediateRegion })
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture).ToList();
        var rounds = await db.SurveyRounds.AsNoTracking().OrderByDescending(r => r.Year).ThenBy(r => r.Code)
            .Select(r => new RoundChoice(r.Code, r.Name)).ToListAsync(cancellationToken);
        return new RoundSetupChoices(years, instruments, regions, rounds);
    }
}
