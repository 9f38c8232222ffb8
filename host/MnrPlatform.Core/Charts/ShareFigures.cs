using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Charts;
using Plotly.NET;

namespace MnrPlatform.Core.Charts;

/// <summary>
/// plotly figures of yes/no shares: the stacked horizontal bars of the review's Figure 1, and the
/// same shares side by side per group of a breakdown.
/// </summary>
public static class ShareFigures
{
    private const string YesColor = PlatformChartStyle.Primary;
    private const string NoColor = PlatformChartStyle.Muted;
    private static readonly int[] PercentRange = [0, 100];
    private static readonly int[] ReversedPercentRange = [100, 0];

    /// <summary>
    /// Figure 1: one bar per row, yes and no stacked to 100, the first row on top. A suppressed row
    /// keeps its place with no bar and "suppressed" on hover: the data table says why.
    /// </summary>
    public static GenericChart StackedShares(IReadOnlyList<ShareRow> rows, ChartWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var w = words ?? ChartWords.English;
        var labels = rows.Select(r => r.Label).ToList();
        var yes = rows.Select(r => Percent(r.Value)).ToList();
        return ChartStyle.Figure(
            [
                ChartStyle.ShareBar(w.Yes, labels, yes, YesColor, [.. rows.Select(r => Counts(r.Value, counted: true, w))], words: w),
                ChartStyle.ShareBar(w.No, labels, [.. rows.Select((r, i) => r.Value.IsPublished ? 100 - yes[i] : 0)], NoColor, [.. rows.Select(r => Counts(r.Value, counted: false, w))], words: w),
            ],
            l => BaseLayout(l, rows.Count, w).Set("barmode", "stack").Set("yaxis", ChartStyle.CategoryAxis(labels, firstOnTop: true, right: w.RightToLeft)));
    }

    /// <summary>
    /// The shares of each row for every group of a breakdown, as horizontal bars side by side
    /// (e.g. high income against low and middle income).
    /// </summary>
    public static GenericChart SharesByGroup(IReadOnlyList<GroupedShareRow> rows, ChartWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var w = words ?? ChartWords.English;
        var labels = rows.Select(r => r.Label).ToList();
        var groups = rows.SelectMany(r => r.Groups.Select(g => (g.Code, g.Name))).Distinct().ToList();
        var traces = groups.Select((group, i) =>
        {
            var values = rows.Select(r => r.Groups.FirstOrDefault(g => g.Code == group.Code)).ToList();
            // Grouped bars are too thin to carry a label; the data table has the numbers.
            return ChartStyle.ShareBar(
                group.Name,
                labels,
                [.. values.Select(v => v is null ? 0 : Percent(v))],
                PlatformChartStyle.GroupColors[i % PlatformChartStyle.GroupColors.Count],
                [.. values.Select(v => v is null ? w.NoAnswers : Counts(v, counted: true, w))],
                showText: false,
                words: w);
        }).ToList();
        return ChartStyle.Figure(
            traces,
            l => BaseLayout(l, rows.Count * Math.Max(1, groups.Count) * 2 / 3, w).Set("barmode", "group").Set("yaxis", ChartStyle.CategoryAxis(labels, firstOnTop: true, right: w.RightToLeft)));
    }

    private static string Counts(ShownGroup value, bool counted, ChartWords words) =>
        !value.IsPublished || value.Numerator is not { } n || value.Denominator is not { } d ? words.Suppressed
        : counted ? words.Of(n, d) : words.Of(d - n, d);

    // Rounded as published: the bars and the table show the same numbers.
    private static double Percent(ShownGroup value) => value.IsPublished ? (double)Math.Round(value.Value!.Value, MidpointRounding.AwayFromZero) : 0;

    /// <summary>The layout of a share chart with <paramref name="bars"/> bars: its height, margins, the 0–100 % axis and the legend above the plot.</summary>
    internal static ChartProperties BaseLayout(ChartProperties layout, int bars, ChartWords words) => layout
        .Set("height", Math.Max(260, 100 + (bars * 30)))
        .Set("margin", PlatformChartStyle.Margin(left: 10, right: 10, top: 40, bottom: 50))
        // Right to left, the bars grow from the right (0 at the right), beside the labels.
        .Set("xaxis.range", words.RightToLeft ? ReversedPercentRange : PercentRange)
        .Set("xaxis.ticksuffix", "%")
        .Set("xaxis.title.text", words.PercentAxis)
        // Above the plot at the left; plotly's toolbar appears at the right when hovering.
        .Set("legend", words.RightToLeft ? ChartStyle.HorizontalLegend(x: 1, y: 1, yAnchor: "bottom", xAnchor: "right") : ChartStyle.HorizontalLegend(x: 0, y: 1, yAnchor: "bottom", xAnchor: "left"))
        .Set("font", PlatformChartStyle.Font(13));
}

/// <summary>A row of a stacked-shares chart: its label and its value as the viewer may see it.</summary>
/// <param name="Label">The row's label, e.g. the capability.</param>
/// <param name="Value">n, N and the share, or why they are hidden.</param>
public sealed record ShareRow(string Label, ShownGroup Value);

/// <summary>A row of a shares-by-group chart: its label and each group's value as the viewer may see it.</summary>
/// <param name="Label">The row's label, e.g. the capability.</param>
/// <param name="Groups">Each group with respondents.</param>
public sealed record GroupedShareRow(string Label, IReadOnlyList<ShownGroup> Groups);
