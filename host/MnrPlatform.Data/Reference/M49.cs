using System.Collections.Frozen;

namespace MnrPlatform.Data.Reference;

/// <summary>
/// The structure of the UN M49 standard geoscheme (UNSD "Standard country or area codes for
/// statistical use"): regions, their sub-regions and the intermediate regions inside those.
/// </summary>
public static class M49
{
    private static readonly (string Name, string Parent)[] SubRegionList =
    [
        ("Northern Africa", "Africa"),
        ("Sub-Saharan Africa", "Africa"),
        ("Latin America and the Caribbean", "Americas"),
        ("Northern America", "Americas"),
        ("Central Asia", "Asia"),
        ("Eastern Asia", "Asia"),
        ("South-eastern Asia", "Asia"),
        ("Southern Asia", "Asia"),
        ("Western Asia", "Asia"),
        ("Eastern Europe", "Europe"),
        ("Northern Europe", "Europe"),
        ("Southern Europe", "Europe"),
        ("Western Europe", "Europe"),
        ("Australia and New Zealand", "Oceania"),
        ("Melanesia", "Oceania"),
        ("Micronesia", "Oceania"),
        ("Polynesia", "Oceania"),
    ];

    private static readonly (string Name, string Parent)[] IntermediateRegionList =
    [
        ("Eastern Africa", "Sub-Saharan Africa"),
        ("Middle Africa", "Sub-Saharan Africa"),
        ("Southern Africa", "Sub-Saharan Africa"),
        ("Western Africa", "Sub-Saharan Africa"),
        ("Caribbean", "Latin America and the Caribbean"),
        ("Central America", "Latin America and the Caribbean"),
        ("South America", "Latin America and the Caribbean"),
        ("Channel Islands", "Northern Europe"),
    ];

    private static readonly FrozenDictionary<string, string> SubRegionParents =
        SubRegionList.ToFrozenDictionary(entry => entry.Name, entry => entry.Parent, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> IntermediateRegionParents =
        IntermediateRegionList.ToFrozenDictionary(entry => entry.Name, entry => entry.Parent, StringComparer.Ordinal);

    /// <summary>The five M49 regions.</summary>
    public static IReadOnlyList<string> Regions { get; } = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

    /// <summary>Each M49 sub-region and the region it is in.</summary>
    public static IReadOnlyDictionary<string, string> SubRegions => SubRegionParents;

    /// <summary>Each M49 intermediate region and the sub-region it is in.</summary>
    public static IReadOnlyDictionary<string, string> IntermediateRegions => IntermediateRegionParents;

    /// <summary>
    /// Whether every country of <paramref name="subRegion"/> is in an intermediate region
    /// (Sub-Saharan Africa, Latin America and the Caribbean). In Northern Europe only Guernsey,
    /// Jersey and Sark are (Channel Islands); elsewhere M49 has none.
    /// </summary>
    public static bool RequiresIntermediateRegion(string subRegion) =>
        subRegion is "Sub-Saharan Africa" or "Latin America and the Caribbean";

    /// <summary>
    /// Whether the three values are a combination M49 has. All three <see langword="null"/> is
    /// valid: M49 puts Antarctica in no region.
    /// </summary>
    public static bool IsValid(string? region, string? subRegion, string? intermediateRegion) =>
        Check(region, subRegion, intermediateRegion) is null;

    /// <summary>The first thing wrong with the combination, as the column at fault and the reason; <see langword="null"/> when valid.</summary>
    internal static (string Column, string Reason)? Check(string? region, string? subRegion, string? intermediateRegion)
    {
        if (region is null)
        {
            return subRegion is null && intermediateRegion is null
                ? null
                : ("region", "is empty but a sub-region or intermediate region is given; only an entry in no M49 region (Antarctica) leaves region empty, and then all three are empty");
        }

        if (!Regions.Contains(region, StringComparer.Ordinal))
        {
            return ("region", $"'{region}' is not an M49 region ({string.Join(", ", Regions)})");
        }

        if (subRegion is null)
        {
            return ("sub_region", $"is empty; every country in {region} has an M49 sub-region ({string.Join(", ", ChildrenOf(SubRegionList, region))})");
        }

        if (!SubRegionParents.TryGetValue(subRegion, out var subRegionParent))
        {
            return ("sub_region", $"'{subRegion}' is not an M49 sub-region");
        }

        if (!string.Equals(subRegionParent, region, StringComparison.Ordinal))
        {
            return ("sub_region", $"'{subRegion}' is in {subRegionParent}, not in {region}");
        }

        if (intermediateRegion is null)
        {
            return RequiresIntermediateRegion(subRegion)
                ? ("intermediate_region", $"is empty; every country in {subRegion} has an M49 intermediate region ({string.Join(", ", ChildrenOf(IntermediateRegionList, subRegion))})")
                : null;
        }

        if (!IntermediateRegionParents.TryGetValue(intermediateRegion, out var intermediateParent))
        {
            return ("intermediate_region", $"'{intermediateRegion}' is not an M49 intermediate region");
        }

        return string.Equals(intermediateParent, subRegion, StringComparison.Ordinal)
            ? null
            : ("intermediate_region", $"'{intermediateRegion}' is in {intermediateParent}, not in {subRegion}");
    }

    private static IEnumerable<string> ChildrenOf((string Name, string Parent)[] entries, string parent) =>
        entries.Where(entry => string.Equals(entry.Parent, parent, StringComparison.Ordinal)).Select(entry => entry.Name);
}
