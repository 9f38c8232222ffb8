using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Visualizations;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Domains.CriminalJustice;

/// <summary>
/// In place against established: for each capability, the share of countries that have it in place
/// and the share that self-assess it at phase 3 or above, joined by a line. The distance between the
/// dots is the domain's story: police units and laws exist on paper long before they work.
/// </summary>
internal static class CriminalJusticeVisualization
{
    public static void Register(DomainKit kit)
    {
        var capabilities = kit.Capabilities.Where(c => c.InPlaceIndicatorId is not null).ToList();
        kit.Visualization(
            "in-place-against-established",
            "Criminal justice: in place, and established",
            "For each capability, the per cent of countries with it in place (grey) and the per cent that self-assess it at phase 3 or above (blue). The line between the dots is the way from having a capability to having it work.",
            [.. capabilities.SelectMany(c => new[] { c.InPlaceIndicatorId!, c.IndicatorId(CapabilityKit.EstablishedItem) })],
            input => Dumbbell.Build(input, [.. capabilities.Select(c => (c.Info.Name.For(input.Culture), c.InPlaceIndicatorId!, c.IndicatorId(CapabilityKit.EstablishedItem)))]));
    }
}

/// <summary>A dumbbell chart: per row, two shares joined by a line.</summary>
internal static class Dumbbell
{
    public static GenericChart Build(VisualizationInput input, IReadOnlyList<(string Label, string FromId, string ToId)> rows)
    {
        var labels = rows.Select(r => r.Label).ToList();
        var from = rows.Select(r => input.Indicator(r.FromId).Overall).ToList();
        var to = rows.Select(r => input.Indicator(r.ToId).Overall).ToList();
        var lines = rows.Select((r, i) => (Label: r.Label, From: VisualizationStyle.Share(from[i]), To: VisualizationStyle.Share(to[i])))
            .Where(r => r.From is not null && r.To is not null)
            .Select(r => Chart.Line<double, string, string>(x: [r.From!.Value, r.To!.Value], y: [r.Label, r.Label], ShowLegend: false, LineColor: Color.fromHex(VisualizationStyle.Grey), LineWidth: 2, UseDefaults: false));
        var dots = new[]
        {
            Dots("In place", labels, from, VisualizationStyle.Grey),
            Dots("Phase 3 or above", labels, to, VisualizationStyle.Blue),
        };
        return Chart.Combine([.. lines, .. dots])
            .WithLayout(l => l
                .Set("xaxis.range", VisualizationStyle.PercentRange)
                .Set("xaxis.ticksuffix", "%")
                .Set("xaxis.title.text", "Per cent of countries that answered")
                .Set("yaxis.type", "category")
                .Set("yaxis.categoryorder", "array")
                .Set("yaxis.categoryarray", labels.AsEnumerable().Reverse().ToArray())
                .Set("yaxis.automargin", true)
                .Set("legend.orientation", "h")
                .Set("height", 80 + (48 * rows.Count)));
    }

    private static GenericChart Dots(string name, IReadOnlyList<string> labels, List<VisualizationGroup?> groups, string color)
    {
        var shown = labels.Select((label, i) => (Label: label, Share: VisualizationStyle.Share(groups[i]), Text: VisualizationStyle.Label(groups[i]))).Where(p => p.Share is not null).ToList();
        return Chart.Point<double, string, string>(
                x: [.. shown.Select(p => p.Share!.Value)],
                y: [.. shown.Select(p => p.Label)],
                Name: name,
                MarkerColor: Color.fromHex(color),
                MultiText: shown.Select(p => p.Text).ToArray(),
                UseDefaults: false)
            .WithTraces((_, t) => t.Set("marker.size", 12).Set("hovertemplate", $"%{{y}}<br>{name}: %{{text}}<extra></extra>"));
    }
}
