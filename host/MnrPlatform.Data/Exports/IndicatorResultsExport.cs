using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Data.Exports;

/// <summary>
/// A round's indicator results for download, as one viewer may see them (<see cref="Surveys.ViewerResults"/>):
/// every indicator by every breakdown it allows, one row per group, with n, N, the value to one decimal
/// and why a cell is suppressed. An indicator nobody answered, or whose plugin failed, has no rows.
/// </summary>
/// <param name="Round">The round.</param>
/// <param name="MinimumCellSize">k when small cells are suppressed for the viewer; null for the secretariat's unsuppressed view.</param>
/// <param name="Rows">The rows, indicator by indicator, breakdowns in <see cref="IndicatorEngine.RoundBreakdowns"/> order.</param>
public sealed record IndicatorResultsExport(RoundSummary Round, int? MinimumCellSize, IReadOnlyList<IndicatorResultRow> Rows)
{
    /// <summary>The rows of <paramref name="results"/>, named from <paramref name="catalog"/>.</summary>
    public static IndicatorResultsExport From(RoundSummary round, int? minimumCellSize, IEnumerable<ShownResult> results, FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(catalog);
        return new IndicatorResultsExport(round, minimumCellSize, [.. results.SelectMany(r => r.Groups.Select(g => Row(round.Code, r, g, catalog)))]);
    }

    /// <summary>A value to one decimal, half away from zero.</summary>
    public static decimal? OneDecimal(decimal? value) => value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;

    private static IndicatorResultRow Row(string round, ShownResult result, ShownGroup group, FrameworkCatalog catalog)
    {
        var indicator = result.Indicator.Item;
        return new IndicatorResultRow(
            round,
            catalog.Domain(result.Indicator.DomainCode)?.Content.Domain.Name.English ?? result.Indicator.DomainCode,
            catalog.Capability(indicator.CapabilityCode)?.Item.Name.English ?? indicator.CapabilityCode,
            indicator.Id,
            indicator.Name.English,
            BreakdownNames.Name(result.Breakdown),
            group.Code,
            group.Name,
            group.Numerator,
            group.Denominator,
            OneDecimal(group.Value),
            indicator.Unit.English,
            group.Suppression.ToString().ToLowerInvariant());
    }
}
