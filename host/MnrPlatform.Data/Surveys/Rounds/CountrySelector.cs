using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Reference;

namespace MnrPlatform.Data.Surveys.Rounds;

/// <summary>
/// Turns a <see cref="CountrySelection"/> into ISO3 codes from the reference data: a list, M49
/// regions (region, sub-region or intermediate region), income groups in a classification year,
/// and the countries of an earlier round (its participants, or the countries of its submissions
/// for rounds from before participants were kept). Anything unknown is refused by name.
/// </summary>
public sealed class CountrySelector(MnrDbContext db)
{
    /// <summary>The field <see cref="RoundSetupException"/> names for a wrong selection.</summary>
    public const string Field = "countries";

    // Other names people use for the World Bank's groups besides its codes (L, LM, UM, H).
    private static readonly Dictionary<string, IncomeGroup> IncomeAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["LIC"] = IncomeGroup.Low,
        ["LMC"] = IncomeGroup.LowerMiddle,
        ["UMC"] = IncomeGroup.UpperMiddle,
        ["HIC"] = IncomeGroup.High,
    };

    /// <summary>The countries of <paramref name="selection"/>, in code order.</summary>
    /// <exception cref="RoundSetupException">A code, region, income group or round is unknown.</exception>
    public async Task<IReadOnlyList<string>> ResolveAsync(CountrySelection selection, int classificationYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var chosen = new SortedSet<string>(StringComparer.Ordinal);
        chosen.UnionWith(await ListedAsync(selection.Iso3, cancellationToken));
        chosen.UnionWith(await InRegionsAsync(selection.Regions, cancellationToken));
        chosen.UnionWith(await InIncomeGroupsAsync(selection.IncomeGroups, classificationYear, cancellationToken));
        if (!string.IsNullOrWhiteSpace(selection.CountriesOfRound))
        {
            chosen.UnionWith(await OfRoundAsync(selection.CountriesOfRound.Trim(), cancellationToken));
        }

        return [.. chosen];
    }

    /// <summary>Reads an income group as a World Bank code (L, LM, UM, H), an alias (LIC, LMC, UMC, HIC) or its name.</summary>
    public static bool TryParseIncomeGroup(string? text, out IncomeGroup group)
    {
        var value = text?.Trim();
        if (IncomeGroups.TryParse(value?.ToUpperInvariant(), out group) || (value is not null && IncomeAliases.TryGetValue(value, out group)))
        {
            return true;
        }

        foreach (var candidate in IncomeGroups.All)
        {
            if (string.Equals(IncomeGroups.DisplayName(candidate), value, StringComparison.OrdinalIgnoreCase))
            {
                group = candidate;
                return true;
            }
        }

        return false;
    }

    private async Task<IEnumerable<string>> ListedAsync(IReadOnlyList<string> iso3, CancellationToken cancellationToken)
    {
        var wanted = iso3.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var known = await db.Countries.AsNoTracking().Where(c => wanted.Contains(c.Iso3)).Select(c => c.Iso3).ToListAsync(cancellationToken);
        var unknown = wanted.Except(known, StringComparer.Ordinal).ToList();
        return unknown.Count == 0
            ? known
            : throw new RoundSetupException(Field, $"No country has the ISO3 code {string.Join(", ", unknown.Select(u => $"'{u}'"))} in the reference data.");
    }

    private async Task<IEnumerable<string>> InRegionsAsync(IReadOnlyList<string> regions, CancellationToken cancellationToken)
    {
        var wanted = regions.Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var countries = await db.Countries.AsNoTracking()
            .Select(c => new { c.Iso3, c.Region, c.SubRegion, c.IntermediateRegion })
            .ToListAsync(cancellationToken);
        var found = new List<string>();
        foreach (var region in wanted)
        {
            var inRegion = countries
                .Where(c => Same(c.Region, region) || Same(c.SubRegion, region) || Same(c.IntermediateRegion, region))
                .Select(c => c.Iso3)
                .ToList();
            if (inRegion.Count == 0)
            {
                throw new RoundSetupException(Field, $"'{region}' is not a UN M49 region, sub-region or intermediate region of any country in the reference data.");
            }

            found.AddRange(inRegion);
        }

        return found;

        static bool Same(string? name, string region) => string.Equals(name, region, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<IEnumerable<string>> InIncomeGroupsAsync(IReadOnlyList<string> groups, int classificationYear, CancellationToken cancellationToken)
    {
        var wanted = new List<IncomeGroup>();
        foreach (var text in groups.Where(g => !string.IsNullOrWhiteSpace(g)))
        {
            wanted.Add(TryParseIncomeGroup(text, out var group)
                ? group
                : throw new RoundSetupException(Field, $"'{text.Trim()}' is not an income group: use L, LM, UM or H (or LIC, LMC, UMC, HIC)."));
        }

        return wanted.Count == 0
            ? []
            : await db.CountryIncomeGroups.AsNoTracking()
                .Where(g => g.FiscalYear == classificationYear && wanted.Contains(g.Group))
                .Select(g => g.CountryIso3)
                .ToListAsync(cancellationToken);
    }

    private async Task<IEnumerable<string>> OfRoundAsync(string roundCode, CancellationToken cancellationToken)
    {
        var roundId = await db.SurveyRounds.AsNoTracking().Where(r => r.Code == roundCode).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RoundSetupException(Field, $"There is no survey round '{roundCode}' to take the countries of.");
        var participants = await db.RoundParticipants.AsNoTracking().Where(p => p.RoundId == roundId).Select(p => p.CountryIso3).Distinct().ToListAsync(cancellationToken);
        return participants.Count > 0
            ? participants
            : await db.Submissions.AsNoTracking().Where(s => s.RoundId == roundId).Select(s => s.CountryIso3).Distinct().ToListAsync(cancellationToken);
    }
}
