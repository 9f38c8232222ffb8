using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Domains.Media;

/// <summary>
/// Media's reach by region: a grid of capability by region, each cell the share of the region's
/// countries with the capability in place. Media guidance travels along languages and regions, which
/// the all-countries bars hide. A hidden cell stays blank and its text says why.
/// </summary>
internal static class MediaVisualization
{
    public static void Register(DomainKit kit)
    {
        var capabilities = kit.Capabilities.Where(c => c.InPlaceIndicatorId is not null).ToList();
        kit.Visualization(
            "by-region",
            "Media: capabilities in place, by region",
            "Each cell is the per cent of a region's countries with the capability in place; darker is more. Blank cells are hidden to protect small groups, or have no answers.",
            [.. capabilities.Select(c => c.InPlaceIndicatorId!)],
            input => CapabilityHeatmap.Build(capabilities, input, VisualizationBreakdowns.Region),
            Breakdowns.Region);
    }
}
