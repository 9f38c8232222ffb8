using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Visualizations;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Domains;

/// <summary>
/// A grid of capability by the groups of one breakdown (regions, income groups), each cell the per
/// cent of the group's countries with the capability in place. A hidden cell stays blank and its
/// text says why; countries without a group ("unknown") get no column.
/// </summary>
internal static class CapabilityHeatmap
{
    /// <summary>The heatmap of <paramref name="capabilities"/>' in-place indicators by <paramref name="breakdown"/>, as <paramref name="input"/> lets the viewer see them.</summary>
    public static GenericChart Build(IReadOnlyList<CapabilityKit> capabilities, VisualizationInput input, string breakdown)
    {
        var rows = capabilities
            .Select(c => (Label: c.Info.Name.For(input.Culture), Groups: input.Indicator(c.InPlaceIndicatorId!).By(breakdown)?.Groups ?? []))
            .ToList();
        var columns = rows.SelectMany(r => r.Groups.Where(g => g.Code != "unknown").Select(g => (g.Code, g.Name))).Distinct().ToList();
        var cells = rows.Select(r => columns.Select(column => r.Groups.FirstOrDefault(g => g.Code == column.Code)).ToArray()).ToArray();
        return Chart.Heatmap<double, string, string, string>(
                zData: cells.Select(row => row.Select(_ => 0.0)),
                X: columns.Select(c => c.Name).ToArray(),
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
                .Set("yaxis.autorange", "reversed")
                .Set("xaxis.automargin", true)
                .Set("height", 160 + (60 * rows.Count)));
    }
}
