using System.Globalization;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Benchmarks.Baselines.FigureModel;
using MnrPlatform.Core.Charts;

// The pre-2.0 reference for FigureBenchmarks (the overview's figures on the SDK's old hand-written
// figure model), copied as it was: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.Figures;

/// <summary>
/// plotly figures of yes/no shares: the stacked horizontal bars of the review's Figure 1, and the
/// same shares side by side per group of a breakdown.
/// </summary>
public static class ShareFigures
{
    private const string YesColor = ChartStyle.Primary;
    private const string NoColor = ChartStyle.Muted;
    private static readonly string[] GroupColors = [ChartStyle.Primary, ChartStyle.Secondary, "#4c9a6a", "#8a5aa8", "#9aa5b1"];

    /// <summary>
    /// Figure 1: one bar per row, yes and no stacked to 100, the first row on top. A suppressed row
    /// keeps its place with no bar and "suppressed" on hover: the data table says why.
    /// </summary>
    public static Figure StackedShares(IReadOnlyList<ShareRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var labels = rows.Select(r => (PlotValue)r.Label).ToList();
        var yes = rows.Select(r => Percent(r.Value)).ToList();
        return new Figure
        {
            Data =
            [
                Bar("Yes", labels, yes, YesColor, [.. rows.Select(r => Counts(r.Value, counted: true))]),
                Bar("No", labels, [.. rows.Select((r, i) => r.Value.IsPublished ? 100 - yes[i] : 0)], NoColor, [.. rows.Select(r => Counts(r.Value, counted: false))]),
            ],
            Layout = BaseLayout(rows.Count) with
            {
                BarMode = BarMode.Stack,
                YAxis = ChartStyle.CategoryAxis(labels, firstOnTop: true),
            },
            Config = ChartConfig,
        };
    }

    /// <summary>
    /// The shares of each row for every group of a breakdown, as horizontal bars side by side
    /// (e.g. high income against low and middle income).
    /// </summary>
    public static Figure SharesByGroup(IReadOnlyList<GroupedShareRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var labels = rows.Select(r => (PlotValue)r.Label).ToList();
        var groups = rows.SelectMany(r => r.Groups.Select(g => (g.Code, g.Name))).Distinct().ToList();
        var traces = groups.Select((group, i) =>
        {
            var values = rows.Select(r => r.Groups.FirstOrDefault(g => g.Code == group.Code)).ToList();
            return (Trace)(Bar(
                group.Name,
                labels,
                [.. values.Select(v => v is null ? 0 : Percent(v))],
                GroupColors[i % GroupColors.Length],
                [.. values.Select(v => v is null ? "no answers" : Counts(v, counted: true))]) with
            {
                // Grouped bars are too thin to carry a label; the data table has the numbers.
                TextPosition = BarTextPosition.None,
            });
        });
        return new Figure
        {
            Data = [.. traces],
            Layout = BaseLayout(rows.Count * Math.Max(1, groups.Count) * 2 / 3) with
            {
                BarMode = BarMode.Group,
                YAxis = ChartStyle.CategoryAxis(labels, firstOnTop: true),
            },
            Config = ChartConfig,
        };
    }

    private static string Counts(ShownGroup value, bool counted) =>
        !value.IsPublished || value.Numerator is not { } n || value.Denominator is not { } d ? "suppressed"
        : counted ? Of(n, d) : Of(d - n, d);

    private static string Of(int n, int total) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} of {total.ToString(CultureInfo.InvariantCulture)}";

    internal static Config ChartConfig => new() { Responsive = true, DisplayLogo = false };

    // Rounded as published: the bars and the table show the same numbers.
    private static double Percent(ShownGroup value) => value.IsPublished ? (double)Math.Round(value.Value!.Value, MidpointRounding.AwayFromZero) : 0;

    internal static BarTrace Bar(string name, IReadOnlyList<PlotValue> labels, IReadOnlyList<double> percents, string color, string[] counts) => new()
    {
        Name = name,
        Orientation = Orientation.Horizontal,
        Y = labels,
        X = [.. percents.Select(p => (PlotValue)p)],
        // The bar shows its percentage; the hover adds the n of N carried in text.
        Text = counts,
        TextTemplate = "%{x:.0f}",
        TextPosition = BarTextPosition.Inside,
        Marker = new Marker { Color = color },
        HoverTemplate = $"%{{y}}<br>{name}: %{{x}} per cent (%{{text}})<extra></extra>",
    };

    internal static Layout BaseLayout(int bars) => new()
    {
        Height = Math.Max(260, 100 + (bars * 30)),
        Margin = new Margin { L = 10, R = 10, T = 40, B = 50 },
        XAxis = new Axis { Range = [0, 100], TickSuffix = "%", Title = "Percentage of countries" },
        // Above the plot at the left; plotly's toolbar appears at the right when hovering.
        Legend = new Legend { Orientation = Orientation.Horizontal, X = 0, Y = 1, XAnchor = XAnchor.Left, YAnchor = YAnchor.Bottom },
        Font = ChartStyle.Font(13),
    };
}
