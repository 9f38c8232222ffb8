using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// The cell rule for anonymised examples: "a country in Eastern Europe" may be published only when
/// at least k countries (Disclosure:MinimumCellSize) share the country's group at that level.
/// </summary>
/// <remarks>
/// The countries counted are those that have taken part in any round of the platform (invited to
/// an instrument of a round, or with a submission in one), plus the example's own country. Not the
/// whole reference data: it lists some 250 countries and territories, so almost every group would
/// pass while a reader, who knows which countries are Alliance members and answer its surveys,
/// would narrow "a country in Eastern Europe" to the two or three members there. Counting only the
/// countries known to take part is the smaller population, and so the one that protects the country.
/// </remarks>
internal sealed class AnonymisationCellRule(MnrDbContext db, int minimumCellSize)
{
    /// <summary>Throws a <see cref="PracticeException"/> (field "level") unless the country's group at <paramref name="level"/> holds at least k countries; returns the label.</summary>
    public async Task<string> DemandAsync(string countryIso3, AnonymityLevel level, CancellationToken cancellationToken)
    {
        var population = await TakingPartAsync(cancellationToken);
        population.Add(countryIso3);
        var places = await CountryPlace.LoadAsync(db, population, cancellationToken);
        var place = places.GetValueOrDefault(countryIso3)
            ?? throw new PracticeException(PracticeWords.Of("Refusal.NoPlace", countryIso3), "level");
        var group = ExampleAnonymity.GroupOf(place, level)
            ?? throw new PracticeException(PracticeWords.Of("Refusal.NoGroup", place.Name, PracticeWords.Level(level)), "level");
        var sharing = places.Values.Count(p => string.Equals(ExampleAnonymity.GroupOf(p, level), group, StringComparison.Ordinal));
        if (sharing < minimumCellSize)
        {
            var label = ExampleAnonymity.Label(place, level);
            throw new PracticeException(
                PracticeWords.Of("Refusal.CellRule", label, sharing, population.Count, PracticeWords.Level(level), minimumCellSize),
                "level");
        }

        return ExampleAnonymity.Label(place, level);
    }

    private async Task<HashSet<string>> TakingPartAsync(CancellationToken cancellationToken)
    {
        var invited = await db.RoundParticipants.AsNoTracking().Select(p => p.CountryIso3).Distinct().ToListAsync(cancellationToken);
        var answered = await db.Submissions.AsNoTracking().Select(s => s.CountryIso3).Distinct().ToListAsync(cancellationToken);
        return [.. invited.Concat(answered)];
    }
}
