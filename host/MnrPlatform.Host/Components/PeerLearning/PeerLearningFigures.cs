using System.Globalization;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Core.Charts;
using MnrPlatform.Sdk.Figures;

namespace MnrPlatform.Host.Components.PeerLearning;

/// <summary>The peer-learning page's plotly figures: the cluster map, the profile heatmap and a phase radar.</summary>
internal static class PeerLearningFigures
{
    private static readonly string[] ClusterColors = ["#1d5f8a", "#e0892b", "#4c9a6a", "#8a5aa8", "#c0392b", "#16a085", "#7f8c8d", "#b7950b"];

    private static Config ChartConfig => new() { Responsive = true, DisplayLogo = false };

    /// <summary>Countries on the 2-D map of their distances, coloured by cluster, exemplars (the country nearest each centroid) as stars.</summary>
    public static Figure ClusterMap(ClusterRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var exemplars = run.Clusters.Select(c => c.ExemplarUnit).ToHashSet(StringComparer.Ordinal);
        var traces = run.Units.GroupBy(u => u.Cluster).OrderBy(g => g.Key ?? -1).Select(g => (Trace)new ScatterTrace
        {
            Name = g.Key is { } id ? $"Cluster {Label(id)}" : "Not clustered",
            X = [.. g.Select(u => (PlotValue)u.MapX)],
            Y = [.. g.Select(u => (PlotValue)u.MapY)],
            Text = g.Select(u => u.UnitCode).ToArray(),
            Mode = ScatterMode.Markers | ScatterMode.Text,
            Marker = new Marker
            {
                Color = g.Key is { } c ? ClusterColors[c % ClusterColors.Length] : "#9aa5b1",
                Size = g.Select(u => exemplars.Contains(u.UnitCode) ? 18.0 : 10.0).ToArray(),
            },
            HoverTemplate = "%{text}<extra>%{fullData.name}</extra>",
        }).ToList();
        traces.Add(new ScatterTrace
        {
            Name = "Exemplar (nearest the cluster centre)",
            X = [.. run.Units.Where(u => exemplars.Contains(u.UnitCode)).Select(u => (PlotValue)u.MapX)],
            Y = [.. run.Units.Where(u => exemplars.Contains(u.UnitCode)).Select(u => (PlotValue)u.MapY)],
            Mode = ScatterMode.Markers,
            Marker = new Marker { Symbol = "star-open", Size = 26.0, Color = "#1f2d3d" },
            HoverTemplate = "exemplar<extra></extra>",
        });
        return new Figure
        {
            Data = traces,
            Layout = new Sdk.Figures.Layout
            {
                Height = 460,
                Margin = new Margin { L = 40, R = 10, T = 30, B = 40 },
                XAxis = new Axis { Title = "Map dimension 1", ZeroLine = false },
                YAxis = new Axis { Title = "Map dimension 2", ZeroLine = false },
                Legend = new Legend { Orientation = Orientation.Horizontal, X = 0, Y = 1, YAnchor = YAnchor.Bottom },
            },
            Config = ChartConfig,
        };
    }

    /// <summary>Countries × capabilities as phases, rows grouped by cluster, with the domains named above their columns.</summary>
    public static Figure Heatmap(ProfileSet profiles, ClusterRun run, IReadOnlyList<string> rowOrder, Func<string, string> domainName)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(run);
        var framework = profiles.Framework;
        var clusterOf = run.ClusterOfUnit();
        var columns = framework.Capabilities.Select(c => (PlotValue)c.Name).ToList();
        var rows = rowOrder.Select(code => (PlotValue)(clusterOf.TryGetValue(code, out var c) ? $"{code} · {Label(c)}" : code)).ToList();
        var z = rowOrder.Select(code =>
        {
            var unit = profiles.IndexOf(code);
            return (IReadOnlyList<double?>)[.. Enumerable.Range(0, framework.Count).Select(i => profiles.ValueOf(unit, i) is { } v ? ProfileValues.ToPhase(v) : (double?)null)];
        }).ToList();
        var domainMarks = framework.Domains.Select((domain, d) =>
        {
            var first = Enumerable.Range(0, framework.Count).First(i => framework.DomainOf(i) == d);
            return new Annotation
            {
                Text = domainName(domain),
                X = framework.Capabilities[first].Name,
                Y = 1.0,
                XRef = "x",
                YRef = "paper",
                YAnchor = YAnchor.Bottom,
                XAnchor = XAnchor.Left,
                ShowArrow = false,
                Font = new Font { Size = 11, Color = "#475569" },
            };
        }).ToList();
        return new Figure
        {
            Data =
            [
                ChartStyle.PhaseHeatmap(columns, rows, z, gap: 1),
            ],
            Layout = new Sdk.Figures.Layout
            {
                Height = Math.Max(360, 150 + (rows.Count * 16)),
                Margin = new Margin { L = 10, R = 10, T = 40, B = 10 },
                XAxis = ChartStyle.CategoryAxis(columns),
                YAxis = ChartStyle.CategoryAxis(rows, firstOnTop: true),
                Annotations = domainMarks,
            },
            Config = ChartConfig,
        };
    }

    /// <summary>Phases per capability of several countries (e.g. requester, partner, cluster exemplar) as a radar.</summary>
    public static Figure Radar(ProfileSet profiles, IReadOnlyList<(string Label, string UnitCode)> units)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var names = profiles.Framework.Capabilities.Select(c => (PlotValue)c.Name).ToList();
        var traces = units.Select((u, i) =>
        {
            var index = profiles.IndexOf(u.UnitCode);
            var phases = Enumerable.Range(0, profiles.Framework.Count).Select(c => profiles.ValueOf(index, c) is { } v ? ProfileValues.ToPhase(v) : (double?)null).ToList();
            return (Trace)new ScatterPolarTrace
            {
                Name = u.Label,
                R = [.. phases, phases[0]],
                Theta = [.. names, names[0]],
                Mode = ScatterMode.Lines | ScatterMode.Markers,
                Line = new Line { Color = ClusterColors[i % ClusterColors.Length] },
                HoverTemplate = "%{theta}: phase %{r}<extra>" + u.Label + "</extra>",
            };
        });
        return new Figure
        {
            Data = [.. traces],
            Layout = new Sdk.Figures.Layout
            {
                Height = 520,
                Margin = new Margin { L = 160, R = 160, T = 40, B = 40 },
                Polar = new Polar { RadialAxis = new RadialAxis { Range = [0, 4] } },
                Legend = new Legend { Orientation = Orientation.Horizontal, X = 0, Y = -0.05, YAnchor = YAnchor.Top },
            },
            Config = ChartConfig,
        };
    }

    /// <summary>A cluster's label: A, B, C… (numbers would read as a rank).</summary>
    public static string Label(int cluster) => ((char)('A' + cluster)).ToString(CultureInfo.InvariantCulture);
}
