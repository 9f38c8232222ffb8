using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Visualizations;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Domains.CriminalJustice;

/// <summary>
/// Two views of one justice system: for each capability, the share of countries whose government
/// says it is in place beside the share whose UNICEF country office says so, joined by a line. Where
/// the dots part, the government's and the country office's views differ: read that capability with
/// care. A hidden view has no dot; its reason is in the table.
/// </summary>
internal static class CriminalJusticeVisualization
{
    public static void Register(DomainKit kit)
    {
        var capabilities = kit.Capabilities.Where(c => c.InPlaceIndicatorId is not null).ToList();
        kit.Visualization(
            "two-views",
            "Criminal justice: two views of each capability",
            "For each capability, the per cent of countries whose government survey says it is in place (blue) and the per cent whose UNICEF country-office survey says so (orange). A long line is a capability the two views disagree on.",
            [.. capabilities.Select(c => c.InPlaceIndicatorId!)],
            input => Dumbbell.Build(
                [.. capabilities.Select(c => (c.Info.Name.For(input.Culture), Of(input, c, DomainKit.GovernmentSurvey), Of(input, c, DomainKit.UnicefCountryOfficeSurvey)))],
                "Government survey",
                "UNICEF country-office survey"),
            Breakdowns.Instrument);
    }

    private static VisualizationGroup? Of(VisualizationInput input, CapabilityKit capability, string instrument) =>
        input.Indicator(capability.InPlaceIndicatorId!).By(VisualizationBreakdowns.Instrument)?.Groups.FirstOrDefault(g => g.Code == instrument);
}

/// <summary>A dumbbell chart: per row, two shares joined by a line.</summary>
internal static class Dumbbell
{
    public static GenericChart Build(IReadOnlyList<(string Label, VisualizationGroup? From, VisualizationGroup? To)> rows, string fromName, string toName)
    {
        var labels = rows.Select(r => r.Label).ToList();
        var from = rows.Select(r => r.From).ToList();
        var to = rows.Select(r => r.To).ToList();
        var lines = rows.Select((r, i) => (Label: r.Label, From: VisualizationStyle.Share(from[i]), To: VisualizationStyle.Share(to[i])))
            .Where(r => r.From is not null && r.To is not null)
            .Select(r => Chart.Line<double, string, string>(x: [r.From!.Value, r.To!.Value], y: [r.Label, r.Label], ShowLegend: false, LineColor: Color.fromHex(VisualizationStyle.Grey), LineWidth: 2, UseDefaults: false));
        var dots = new[]
        {
            Dots(fromName, labels, from, VisualizationStyle.Blue),
            Dots(toName, labels, to, VisualizationStyle.Orange),
        };
        return Chart.Combine([.. lines, .. dots])
            .WithLayout(l => l
                .Set("xaxis.range", VisualizationStyle.PointPercentRange)
                .Set("xaxis.tickvals", VisualizationStyle.PercentTicks)
                .Set("xaxis.ticksuffix", "%")
                .Set("xaxis.title.text", "Per cent of countries that answered")
                .Set("yaxis.type", "category")
                .Set("yaxis.categoryorder", "array")
                .Set("yaxis.categoryarray", labels.AsEnumerable().Reverse().ToArray())
                .Set("yaxis.automargin", true)
                .Set("legend.orientation", "h")
                .Set("legend.y", 1.12)
                .Set("yaxis.range", new[] { -0.5, rows.Count - 0.5 })
                .Set("height", 120 + (56 * rows.Count)));
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
