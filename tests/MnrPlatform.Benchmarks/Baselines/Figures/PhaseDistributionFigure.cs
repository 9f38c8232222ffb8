using System.Globalization;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Benchmarks.Baselines.FigureModel;
using MnrPlatform.Core.Charts;

// The pre-2.0 reference for FigureBenchmarks (the overview's figures on the SDK's old hand-written
// figure model), copied as it was: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.Figures;

/// <summary>
/// The plotly figure of self-assessed maturity phases: one horizontal bar per capability, its
/// countries' phases 1 to 4 stacked to 100 per cent, from light (phase 1, building) to dark
/// (phase 4, maturity). Phases are not pass marks, so rows keep the plugin's order rather than
/// being sorted.
/// </summary>
public static class PhaseDistributionFigure
{
    /// <summary>The number of phases a row stacks.</summary>
    public const int PhaseCount = 4;

    /// <summary>The name of the segment that holds a row's suppressed phases together.</summary>
    public const string SuppressedName = "Suppressed";

    private static readonly IReadOnlyList<string> PhaseColors = ChartStyle.PhaseColors;
    private const string SuppressedColor = ChartStyle.Muted;

    /// <summary>
    /// One bar per row, the first row on top. When phases of a row are suppressed, their share
    /// together is one grey segment (it is what the shown phases leave: nothing a viewer could not
    /// work out already), so every bar still reaches 100; the data table names each hidden cell.
    /// </summary>
    public static Figure Build(IReadOnlyList<PhaseRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var labels = rows.Select(r => (PlotValue)r.Label).ToList();
        var traces = Enumerable.Range(0, PhaseCount).Select(p => (Trace)Phase(
            $"Phase {(p + 1).ToString(CultureInfo.InvariantCulture)}",
            labels,
            [.. rows.Select(r => Share(r.Phase(p)))],
            PhaseColors[p],
            [.. rows.Select(r => Counts(r.Phase(p)))])).ToList();
        if (rows.Any(r => r.HasSuppressed))
        {
            traces.Add(Phase(
                SuppressedName,
                labels,
                [.. rows.Select(r => r.HasSuppressed ? Math.Max(0, 100 - Enumerable.Range(0, PhaseCount).Sum(p => Share(r.Phase(p)))) : 0)],
                SuppressedColor,
                [.. rows.Select(_ => "small groups, hidden together")]));
        }

        return new Figure
        {
            Data = [.. traces],
            Layout = ShareFigures.BaseLayout(rows.Count) with
            {
                BarMode = BarMode.Stack,
                YAxis = ChartStyle.CategoryAxis(labels, firstOnTop: true),
            },
            Config = ShareFigures.ChartConfig,
        };
    }

    // Unrounded, so that a row's phases add up to 100; the bar's label and the table round.
    private static double Share(ShownGroup? value) => value is { IsPublished: true, Value: { } v } ? (double)v : 0;

    private static string Counts(ShownGroup? value) =>
        value is null ? "no answers" : value.IsPublished ? value.Counts : "suppressed";

    private static BarTrace Phase(string name, IReadOnlyList<PlotValue> labels, IReadOnlyList<double> shares, string color, string[] counts) =>
        ShareFigures.Bar(name, labels, shares, color, counts) with
        {
            HoverTemplate = $"%{{y}}<br>{name}: %{{x:.0f}} per cent (%{{text}})<extra></extra>",
        };
}
