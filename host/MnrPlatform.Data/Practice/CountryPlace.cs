using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Reference;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// Where a country sits in the reference data: its name, UN M49 region, sub-region and
/// intermediate region, and its newest World Bank income group. Examples take their region and
/// income group from here, never from what a country wrote.
/// </summary>
/// <param name="Iso3">The country.</param>
/// <param name="Name">Its short name.</param>
/// <param name="Region">Its M49 region; null where M49 has none.</param>
/// <param name="SubRegion">Its M49 sub-region.</param>
/// <param name="IntermediateRegion">Its M49 intermediate region, where M49 has one.</param>
/// <param name="IncomeGroup">Its income group in the newest classification; null when it has none.</param>
public sealed record CountryPlace(string Iso3, string Name, string? Region, string? SubRegion, string? IntermediateRegion, IncomeGroup? IncomeGroup)
{
    /// <summary>The places of <paramref name="countries"/> (those the reference data knows), by ISO3.</summary>
    public static async Task<IReadOnlyDictionary<string, CountryPlace>> LoadAsync(MnrDbContext db, IEnumerable<string> countries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = countries.Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.Countries.AsNoTracking()
            .Where(c => wanted.Contains(c.Iso3))
            .Select(c => new { c.Iso3, c.Name, c.Region, c.SubRegion, c.IntermediateRegion })
            .ToListAsync(cancellationToken);
        var groups = await NewestIncomeGroupsAsync(db, wanted, cancellationToken);
        return rows.ToDictionary(
            c => c.Iso3,
            c => new CountryPlace(c.Iso3, c.Name, c.Region, c.SubRegion, c.IntermediateRegion, groups.TryGetValue(c.Iso3, out var g) ? g : null),
            StringComparer.Ordinal);
    }

    private static async Task<Dictionary<string, IncomeGroup>> NewestIncomeGroupsAsync(MnrDbContext db, List<string> countries, CancellationToken cancellationToken)
    {
        var rows = await db.CountryIncomeGroups.AsNoTracking()
            .Where(g => countries.Contains(g.CountryIso3))
            .Select(g => new { g.CountryIso3, g.FiscalYear, g.Group })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CountryIso3, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.FiscalYear)!.Group, StringComparer.Ordinal);
    }
}
