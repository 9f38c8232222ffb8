using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Visualizations;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Domains.Victim;

/// <summary>
/// A child's path to help: the domain's capabilities in the order a child meets them (support from
/// disclosure, the workforce, remedies, the helpline) as a funnel of the share of countries with each
/// in place, so the step where the path breaks stands out. A hidden step is drawn empty and says why.
/// </summary>
internal static class VictimVisualization
{
    public static void Register(DomainKit kit)
    {
        var steps = kit.Capabilities.Where(c => c.InPlaceIndicatorId is not null).ToList();
        kit.Visualization(
            "path-to-help",
            "Victim: a child's path to help",
            "The capabilities in the order a child meets them, each with the per cent of countries that have it in place. A child is only as well served as the weakest step.",
            [.. steps.Select(c => c.InPlaceIndicatorId!)],
            input =>
            {
                var labels = steps.Select(c => c.Info.Name.For(input.Culture)).ToArray();
                var groups = steps.Select(c => input.Indicator(c.InPlaceIndicatorId!).Overall).ToArray();
                return Chart.Funnel<double, string, string>(
                        x: groups.Select(g => VisualizationStyle.Share(g) ?? 0).ToArray(),
                        y: labels,
                        MarkerColor: Color.fromColors(groups.Select(g => Color.fromHex(g is { HasValue: true } ? VisualizationStyle.Blue : VisualizationStyle.Grey))),
                        MultiText: groups.Select(VisualizationStyle.Label).ToArray(),
                        UseDefaults: false)
                    .WithTraces((_, t) => t
                        .Set("textinfo", "text")
                        .Set("textposition", "outside")
                        .Set("hovertemplate", "%{y}: %{text}<extra></extra>")
                        .Set("connector.fillcolor", "#eef4fa"))
                    .WithLayout(l => l
                        .Set("xaxis.range", VisualizationStyle.PercentRange)
                        .Set("yaxis.automargin", true)
                        .Set("showlegend", false)
                        .Set("height", 80 + (56 * steps.Count)));
            });
    }
}
