using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Domains.Policy;

/// <summary>
/// Policy maturity across the income ladder: for each capability, a line through the four income
/// groups of the share that self-assess it at phase 3 or above. Laws and leadership are where a
/// country's means show first; the slope says how steeply. Hidden groups break the line.
/// </summary>
internal static class PolicyVisualization
{
    public static void Register(DomainKit kit)
    {
        var capabilities = kit.Capabilities.ToList();
        kit.Visualization(
            "established-by-income",
            "Policy: established, across the income groups",
            "Per cent of countries in each income group that self-assess each capability at phase 3 or above, one line per capability. A gap in a line is a group hidden to protect small groups, or without answers.",
            [.. capabilities.Select(c => c.IndicatorId(CapabilityKit.EstablishedItem))],
            input =>
            {
                var lines = capabilities.Select((c, i) =>
                {
                    var groups = input.Indicator(c.IndicatorId(CapabilityKit.EstablishedItem)).By(VisualizationBreakdowns.IncomeGroup)?.Groups.Where(g => g.Code != "unknown").ToList() ?? [];
                    return Chart.Line<string, double, string>(
                            x: groups.Select(g => g.Name).ToArray(),
                            y: groups.Select(_ => 0.0).ToArray(),
                            ShowMarkers: true,
                            Name: c.Info.Name.For(input.Culture),
                            LineColor: Color.fromHex(VisualizationStyle.Series[i % VisualizationStyle.Series.Count]),
                            MarkerColor: Color.fromHex(VisualizationStyle.Series[i % VisualizationStyle.Series.Count]),
                            MultiText: groups.Select(VisualizationStyle.Label).ToArray(),
                            UseDefaults: false)
                        .WithTraces((_, t) => t.Set("y", VisualizationStyle.Shares(groups)).Set("hovertemplate", $"{c.Info.Name.For(input.Culture)}<br>%{{x}}: %{{text}}<extra></extra>"));
                });
                return Chart.Combine(lines)
                    .WithLayout(l => l
                        .Set("yaxis.range", VisualizationStyle.PointPercentRange)
                        .Set("yaxis.tickvals", VisualizationStyle.PercentTicks)
                        .Set("yaxis.automargin", true)
                        .Set("yaxis.ticksuffix", "%")
                        .Set("yaxis.title.text", "Phase 3 or above")
                        .Set("xaxis.type", "category")
                        .Set("legend.orientation", "h")
                        .Set("legend.y", 1.15)
                        .Set("height", 360));
            },
            Breakdowns.IncomeGroup);
    }
}
