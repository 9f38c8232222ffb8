using System.Text;
using MnrPlatform.Sdk.Charts;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Core.Charts;

/// <summary>One spoke of a <see cref="PhaseRadarFigure"/>: a capability with the country's phase and its group's median.</summary>
/// <param name="Label">The capability's name.</param>
/// <param name="Phase">The country's phase (1–4); null when it gave none.</param>
/// <param name="Median">The income-group median; null when hidden or missing.</param>
public sealed record RadarSpoke(string Label, double? Phase, double? Median);

/// <summary>
/// A country's maturity phases as a radar against the median of its income group: two traces (the
/// country, filled; the median, dashed), one spoke per capability, four phase rings (the radial
/// axis runs 0 to 4). Never drawn against a named country.
/// </summary>
public static class PhaseRadarFigure
{
    /// <summary>The name of the median's trace.</summary>
    public const string MedianName = "Income-group median";

    private const string CountryColor = PlatformChartStyle.Primary;
    private const string MedianColor = PlatformChartStyle.Secondary;
    private const int LabelWidth = 18;
    private static readonly int[] PhaseRange = [0, 4];

    /// <summary>The radar of <paramref name="spokes"/>, the country's trace named <paramref name="countryName"/>; words in <paramref name="words"/> (English by default).</summary>
    public static GenericChart Build(string countryName, IReadOnlyList<RadarSpoke> spokes, ChartWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(spokes);
        var w = words ?? ChartWords.English;
        if (spokes.Count == 0)
        {
            throw new ArgumentException("A radar needs at least one capability.", nameof(spokes));
        }

        // A radar closes its polygon by repeating the first spoke. Plotly.NET's generic arguments must be
        // IConvertible, so r (null where there is no phase) is set by name.
        var closed = spokes.Append(spokes[0]).ToList();
        var theta = closed.Select(s => Wrap(s.Label)).ToArray();
        var country = PlotlyChart.ScatterPolar<double, string, string>(
                r: [.. closed.Select(_ => 0.0)],
                theta: theta,
                mode: StyleParam.Mode.Lines_Markers,
                Name: countryName,
                UseDefaults: false)
            .WithTraces((_, t) => t
                .Set("r", closed.Select(s => s.Phase).ToArray())
                .Set("fill", "toself")
                .Set("line", ChartProperties.Create(l => l.Set("color", CountryColor).Set("width", 2)))
                .Set("marker", ChartProperties.Create(m => m.Set("color", CountryColor).Set("size", 7.0)))
                .Set("hovertemplate", "%{theta}<br>" + countryName + ": " + w.PhaseLower + " %{r}<extra></extra>"));
        var median = PlotlyChart.ScatterPolar<double, string, string>(
                r: [.. closed.Select(_ => 0.0)],
                theta: theta,
                mode: StyleParam.Mode.Lines_Markers,
                Name: w.Median,
                UseDefaults: false)
            .WithTraces((_, t) => t
                .Set("r", closed.Select(s => s.Median).ToArray())
                .Set("line", ChartProperties.Create(l => l.Set("color", MedianColor).Set("width", 2).Set("dash", "dash")))
                .Set("marker", ChartProperties.Create(m => m.Set("color", MedianColor).Set("size", 6.0).Set("symbol", "diamond")))
                .Set("hovertemplate", "%{theta}<br>" + w.Median + ": %{r}<extra></extra>"));
        return ChartStyle.Figure(
            [country, median],
            l => l
                // No height: the page sizes the chart's box (narrower on a phone), and plotly fills it.
                .Set("margin", PlatformChartStyle.Margin(left: 30, right: 30, top: 50, bottom: 30))
                // Rings at phases 1 to 4; 0 is the centre, no phase.
                .Set("polar.radialaxis", ChartProperties.Create(a => a.Set("range", PhaseRange).Set("dtick", 1).Set("angle", 90)))
                .Set("polar.angularaxis", ChartProperties.Create(a => a.Set("rotation", 90).Set("direction", "clockwise")))
                .Set("legend", ChartStyle.HorizontalLegend(x: 0, y: 1.02, yAnchor: "bottom"))
                .Set("font", PlatformChartStyle.Font(11)));
    }

    // Long capability names break over lines at spaces so the labels stay near the circle.
    private static string Wrap(string label)
    {
        var text = new StringBuilder();
        var line = 0;
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line > 0 && line + 1 + word.Length > LabelWidth)
            {
                text.Append("<br>");
                line = 0;
            }
            else if (line > 0)
            {
                text.Append(' ');
                line++;
            }

            text.Append(word);
            line += word.Length;
        }

        return text.ToString();
    }
}
