using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Domains.Industry;

/// <summary>
/// The income divide in industry's part: for each capability, the share of high-income countries
/// with it in place beside that of low- and middle-income countries. Industry's commitments follow
/// where the platforms and regulators are, and this shows by how much. A hidden group has no bar and
/// its reason in the hover text and the table.
/// </summary>
internal static class IndustryVisualization
{
    public static void Register(DomainKit kit)
    {
        var capabilities = kit.Capabilities.Where(c => c.InPlaceIndicatorId is not null).ToList();
        kit.Visualization(
            "income-divide",
            "Industry: the income divide",
            "Per cent of countries with each capability in place, high-income countries (blue) beside low- and middle-income countries (orange).",
            [.. capabilities.Select(c => c.InPlaceIndicatorId!)],
            input =>
            {
                var labels = capabilities.Select(c => c.Info.Name.For(input.Culture)).ToArray();
                var band = capabilities.Select(c => input.Indicator(c.InPlaceIndicatorId!).By(VisualizationBreakdowns.IncomeBand)).ToArray();
                return Chart.Combine(
                    [
                        Bars("High income", labels, band, "high", VisualizationStyle.Blue),
                        Bars("Low and middle income", labels, band, "low-middle", VisualizationStyle.Orange),
                    ])
                    .WithLayout(l => l
                        .Set("barmode", "group")
                        .Set("xaxis.range", VisualizationStyle.PercentRange)
                        .Set("xaxis.ticksuffix", "%")
                        .Set("yaxis.automargin", true)
                        .Set("yaxis.autorange", "reversed")
                        .Set("legend.orientation", "h")
                        .Set("legend.y", 1.12)
                        .Set("height", 160 + (80 * capabilities.Count)));
            },
            Breakdowns.IncomeGroup);
    }

    private static GenericChart Bars(string name, string[] labels, VisualizationBreakdown?[] band, string code, string color)
    {
        var groups = band.Select(b => b?.Groups.FirstOrDefault(g => g.Code == code)).ToArray();
        return Chart.Bar<double, string, string>(
                values: groups.Select(g => VisualizationStyle.Share(g) ?? 0).ToArray(),
                Keys: labels,
                Name: name,
                MarkerColor: Color.fromHex(color),
                MultiText: groups.Select(VisualizationStyle.Label).ToArray(),
                UseDefaults: false)
            .WithTraces((_, t) => t.Set("textposition", "none").Set("hovertemplate", $"%{{y}}<br>{name}: %{{text}}<extra></extra>"));
    }
}
