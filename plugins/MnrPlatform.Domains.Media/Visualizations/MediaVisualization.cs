using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

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
            input =>
            {
                var rows = capabilities.Select(c => (Label: c.Info.Name.For(input.Culture), Groups: input.Indicator(c.InPlaceIndicatorId!).By(VisualizationBreakdowns.Region)?.Groups ?? [])).ToList();
                var regions = rows.SelectMany(r => r.Groups.Select(g => (g.Code, g.Name))).Distinct().ToList();
                var cells = rows.Select(r => regions.Select(region => r.Groups.FirstOrDefault(g => g.Code == region.Code)).ToArray()).ToArray();
                return Chart.Heatmap<double, string, string, string>(
                        zData: cells.Select(row => row.Select(_ => 0.0)),
                        X: regions.Select(r => r.Name).ToArray(),
                        Y: rows.Select(r => r.Label).ToArray(),
                        XGap: 3,
                        YGap: 3,
                        UseDefaults: false)
                    .WithTraces((_, t) => t
                        .Set("z", cells.Select(VisualizationStyle.Shares).ToArray())
                        .Set("text", cells.Select(row => row.Select(VisualizationStyle.Label).ToArray()).ToArray())
                        .Set("texttemplate", "%{z:.0f}")
                        .Set("hovertemplate", "%{y}, %{x}: %{text}<extra></extra>")
                        .Set("zmin", 0)
                        .Set("zmax", 100)
                        .Set("colorscale", VisualizationStyle.BlueScale)
                        .Set("colorbar.ticksuffix", "%"))
                    .WithLayout(l => l
                        .Set("yaxis.automargin", true)
                        .Set("xaxis.automargin", true)
                        .Set("height", 160 + (60 * rows.Count)));
            },
            Breakdowns.Region);
    }
}
