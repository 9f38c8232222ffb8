using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Domains.Societal;

/// <summary>
/// Who society's capabilities reach, by income group: a grid of capability by income group, each
/// cell the share of that group's countries with the capability in place. Hotlines, education and
/// support for people at risk of offending depend on civil society, which the income groups show.
/// A hidden cell stays blank and its text says why.
/// </summary>
internal static class SocietalVisualization
{
    public static void Register(DomainKit kit)
    {
        var capabilities = kit.Capabilities.Where(c => c.InPlaceIndicatorId is not null).ToList();
        kit.Visualization(
            "by-income-group",
            "Societal: capabilities in place, by income group",
            "Each cell is the per cent of an income group's countries with the capability in place; darker is more. Blank cells are hidden to protect small groups, or have no answers.",
            [.. capabilities.Select(c => c.InPlaceIndicatorId!)],
            input =>
            {
                var rows = capabilities.Select(c => (Label: c.Info.Name.For(input.Culture), Groups: input.Indicator(c.InPlaceIndicatorId!).By(VisualizationBreakdowns.IncomeGroup)?.Groups ?? [])).ToList();
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
                        .Set("height", 140 + (56 * rows.Count)));
            },
            Breakdowns.IncomeGroup);
    }
}
