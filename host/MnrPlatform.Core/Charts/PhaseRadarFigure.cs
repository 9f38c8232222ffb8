using System.Text;
using MnrPlatform.Sdk.Figures;

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

    private const string CountryColor = ChartStyle.Primary;
    private const string MedianColor = ChartStyle.Secondary;
    private const int LabelWidth = 18;

    /// <summary>The radar of <paramref name="spokes"/>, the country's trace named <paramref name="countryName"/>.</summary>
    public static Figure Build(string countryName, IReadOnlyList<RadarSpoke> spokes)
    {
        ArgumentNullException.ThrowIfNull(spokes);
        if (spokes.Count == 0)
        {
            throw new ArgumentException("A radar needs at least one capability.", nameof(spokes));
        }

        // A radar closes its polygon by repeating the first spoke.
        var closed = spokes.Append(spokes[0]).ToList();
        var theta = closed.Select(s => (PlotValue)Wrap(s.Label)).ToList();
        return new Figure
        {
            Data =
            [
                new ScatterPolarTrace
                {
                    Name = countryName,
                    R = [.. closed.Select(s => s.Phase)],
                    Theta = theta,
                    Mode = ScatterMode.Lines | ScatterMode.Markers,
                    Fill = PolarFill.ToSelf,
                    Line = new Line { Color = CountryColor, Width = 2 },
                    Marker = new Marker { Color = CountryColor, Size = 7.0 },
                    HoverTemplate = "%{theta}<br>" + countryName + ": phase %{r}<extra></extra>",
                },
                new ScatterPolarTrace
                {
                    Name = MedianName,
                    R = [.. closed.Select(s => s.Median)],
                    Theta = theta,
                    Mode = ScatterMode.Lines | ScatterMode.Markers,
                    Line = new Line { Color = MedianColor, Width = 2, Dash = LineDash.Dash },
                    Marker = new Marker { Color = MedianColor, Size = 6.0, Symbol = "diamond" },
                    HoverTemplate = "%{theta}<br>" + MedianName + ": %{r}<extra></extra>",
                },
            ],
            Layout = new Layout
            {
                // No height: the page sizes the chart's box (narrower on a phone), and plotly fills it.
                Margin = new Margin { L = 30, R = 30, T = 50, B = 30 },
                Polar = new Polar
                {
                    // Rings at phases 1 to 4; 0 is the centre, no phase.
                    RadialAxis = new RadialAxis { Range = [0, 4], DTick = 1, Angle = 90 },
                    AngularAxis = new AngularAxis { Rotation = 90, Direction = AngularDirection.Clockwise },
                },
                Legend = new Legend { Orientation = Orientation.Horizontal, X = 0, Y = 1.02, YAnchor = YAnchor.Bottom },
                Font = ChartStyle.Font(11),
            },
            Config = new Config { Responsive = true, DisplayLogo = false },
        };
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
