using System.Globalization;
using Microsoft.Extensions.Localization;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Core.Charts;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Charts;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>The peer-learning page's plotly figures: the cluster map, the profile heatmap and a phase radar; their words in the request's language.</summary>
internal static class PeerLearningFigures
{
    private static readonly string[] ClusterColors = ["#1d5f8a", "#e0892b", "#4c9a6a", "#8a5aa8", "#c0392b", "#16a085", "#7f8c8d", "#b7950b"];

    private static readonly int[] PhaseRange = [0, 4];

    /// <summary>Countries on the 2-D map of their distances, coloured by cluster, exemplars (the country nearest each centroid) as stars.</summary>
    public static GenericChart ClusterMap(ClusterRun run, IStringLocalizer<PeerLearningText> l)
    {
        ArgumentNullException.ThrowIfNull(run);
        var exemplars = run.Clusters.Select(c => c.ExemplarUnit).ToHashSet(StringComparer.Ordinal);
        var traces = run.Units.GroupBy(u => u.Cluster).OrderBy(g => g.Key ?? -1).Select(g => PlotlyChart.Scatter<double, double, string>(
                x: g.Select(u => u.MapX).ToArray(),
                y: g.Select(u => u.MapY).ToArray(),
                mode: StyleParam.Mode.Markers_Text,
                Name: g.Key is { } id ? l["Clusters.Card", Label(id)].Value : l["Figure.NotClustered"].Value,
                MultiText: g.Select(u => u.UnitCode).ToArray(),
                UseDefaults: false)
            .WithTraces((_, t) => t
                .Set("marker", ChartProperties.Create(m => m
                    .Set("color", g.Key is { } c ? ClusterColors[c % ClusterColors.Length] : "#9aa5b1")
                    .Set("size", g.Select(u => exemplars.Contains(u.UnitCode) ? 18.0 : 10.0).ToArray())))
                .Set("hovertemplate", "%{text}<extra>%{fullData.name}</extra>"))).ToList();
        var exemplarUnits = run.Units.Where(u => exemplars.Contains(u.UnitCode)).ToList();
        traces.Add(PlotlyChart.Scatter<double, double, string>(
                x: exemplarUnits.Select(u => u.MapX).ToArray(),
                y: exemplarUnits.Select(u => u.MapY).ToArray(),
                mode: StyleParam.Mode.Markers,
                Name: l["Figure.Exemplar"].Value,
                UseDefaults: false)
            .WithTraces((_, t) => t
                .Set("marker", ChartProperties.Create(m => m.Set("symbol", "star-open").Set("size", 26.0).Set("color", "#1f2d3d")))
                .Set("hovertemplate", l["Figure.ExemplarHover"] + "<extra></extra>")));
        return ChartStyle.Figure(traces, f => f
            .Set("height", 460)
            .Set("margin", PlatformChartStyle.Margin(left: 40, right: 10, top: 30, bottom: 40))
            .Set("xaxis", ChartProperties.Create(a => a.Set("title.text", l["Figure.MapX"].Value).Set("zeroline", false)))
            .Set("yaxis", ChartProperties.Create(a => a.Set("title.text", l["Figure.MapY"].Value).Set("zeroline", false)))
            .Set("legend", ChartStyle.HorizontalLegend(x: 0, y: 1, yAnchor: "bottom")));
    }

    /// <summary>Countries × capabilities as phases, rows grouped by cluster, with the domains named above their columns.</summary>
    public static GenericChart Heatmap(ProfileSet profiles, ClusterRun run, IReadOnlyList<string> rowOrder, Func<string, string> domainName, Func<string, string> capabilityName, IStringLocalizer<PeerLearningText> l)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(run);
        var framework = profiles.Framework;
        var clusterOf = run.ClusterOfUnit();
        var columns = framework.Capabilities.Select(c => capabilityName(c.Code)).ToList();
        var rows = rowOrder.Select(code => clusterOf.TryGetValue(code, out var c) ? $"{code} · {Label(c)}" : code).ToList();
        var z = rowOrder.Select(code =>
        {
            var unit = profiles.IndexOf(code);
            return (IReadOnlyList<double?>)[.. Enumerable.Range(0, framework.Count).Select(i => profiles.ValueOf(unit, i) is { } v ? ProfileValues.ToPhase(v) : (double?)null)];
        }).ToList();
        var domainMarks = framework.Domains.Select((domain, d) =>
        {
            var first = Enumerable.Range(0, framework.Count).First(i => framework.DomainOf(i) == d);
            return ChartProperties.Create(a => a
                .Set("text", domainName(domain))
                .Set("x", columns[first])
                .Set("y", 1.0)
                .Set("xref", "x")
                .Set("yref", "paper")
                .Set("yanchor", "bottom")
                .Set("xanchor", "left")
                .Set("showarrow", false)
                .Set("font", ChartProperties.Create(f => f.Set("size", 11).Set("color", "#475569"))));
        }).ToList();
        var phase = l["Figure.Phase"].Value;
        var heatmap = ChartStyle.PhaseHeatmap(columns, rows, z, gap: 1).WithTraces((_, t) => t
            .Set("name", phase)
            .Set("colorbar.title.text", phase)
            .Set("hovertemplate", l["Figure.HeatmapHover", "%{y}", "%{x}", "%{z}"] + "<extra></extra>"));
        return ChartStyle.Figure([heatmap], f => f
            .Set("height", Math.Max(360, 150 + (rows.Count * 16)))
            .Set("margin", PlatformChartStyle.Margin(left: 10, right: 10, top: 40, bottom: 10))
            .Set("xaxis", ChartStyle.CategoryAxis(columns))
            .Set("yaxis", ChartStyle.CategoryAxis(rows, firstOnTop: true))
            .Set("annotations", domainMarks));
    }

    /// <summary>Phases per capability of several countries (e.g. requester, partner, cluster exemplar) as a radar.</summary>
    public static GenericChart Radar(ProfileSet profiles, IReadOnlyList<(string Label, string UnitCode)> units, Func<string, string> capabilityName, IStringLocalizer<PeerLearningText> l)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var names = profiles.Framework.Capabilities.Select(c => capabilityName(c.Code)).ToList();
        var traces = units.Select((u, i) =>
        {
            var index = profiles.IndexOf(u.UnitCode);
            var phases = Enumerable.Range(0, profiles.Framework.Count).Select(c => profiles.ValueOf(index, c) is { } v ? ProfileValues.ToPhase(v) : (double?)null).ToList();
            // Plotly.NET's generic arguments must be IConvertible: r (null where there is no phase) is set by name.
            return PlotlyChart.ScatterPolar<double, string, string>(
                    r: [.. phases.Select(_ => 0.0), 0.0],
                    theta: [.. names, names[0]],
                    mode: StyleParam.Mode.Lines_Markers,
                    Name: u.Label,
                    UseDefaults: false)
                .WithTraces((_, t) => t
                    .Set("r", (double?[])[.. phases, phases[0]])
                    .Set("line.color", ClusterColors[i % ClusterColors.Length])
                    .Set("hovertemplate", l["Figure.RadarHover", "%{theta}", "%{r}"] + "<extra>" + u.Label + "</extra>"));
        });
        return ChartStyle.Figure(traces, f => f
            .Set("height", 520)
            .Set("margin", PlatformChartStyle.Margin(left: 160, right: 160, top: 40, bottom: 40))
            .Set("polar.radialaxis.range", PhaseRange)
            .Set("legend", ChartStyle.HorizontalLegend(x: 0, y: -0.05, yAnchor: "top")));
    }

    /// <summary>A cluster's label: A, B, C… (numbers would read as a rank).</summary>
    public static string Label(int cluster) => ((char)('A' + cluster)).ToString(CultureInfo.InvariantCulture);
}
