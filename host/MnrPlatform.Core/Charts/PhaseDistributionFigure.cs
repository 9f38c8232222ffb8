using MnrPlatform.Core.Indicators;
using Plotly.NET;

namespace MnrPlatform.Core.Charts;

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

    private static readonly IReadOnlyList<string> PhaseColors = PlatformChartStyle.PhaseColors;
    private const string SuppressedColor = PlatformChartStyle.Muted;

    /// <summary>
    /// One bar per row, the first row on top. When phases of a row are suppressed, their share
    /// together is one grey segment (it is what the shown phases leave: nothing a viewer could not
    /// work out already), so every bar still reaches 100; the data table names each hidden cell.
    /// </summary>
    public static GenericChart Build(IReadOnlyList<PhaseRow> rows, ChartWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var w = words ?? ChartWords.English;
        var labels = rows.Select(r => r.Label).ToList();
        var traces = Enumerable.Range(0, PhaseCount).Select(p => Phase(
            w.PhaseName(p + 1),
            labels,
            [.. rows.Select(r => Share(r.Phase(p)))],
            PhaseColors[p],
            [.. rows.Select(r => Counts(r.Phase(p), w))],
            w)).ToList();
        if (rows.Any(r => r.HasSuppressed))
        {
            traces.Add(Phase(
                w.SuppressedSegment,
                labels,
                [.. rows.Select(r => r.HasSuppressed ? Math.Max(0, 100 - Enumerable.Range(0, PhaseCount).Sum(p => Share(r.Phase(p)))) : 0)],
                SuppressedColor,
                [.. rows.Select(_ => w.SuppressedTogether)],
                w));
        }

        return ChartStyle.Figure(
            traces,
            l => ShareFigures.BaseLayout(l, rows.Count, w).Set("barmode", "stack").Set("yaxis", ChartStyle.CategoryAxis(labels, firstOnTop: true, right: w.RightToLeft)));
    }

    // Unrounded, so that a row's phases add up to 100; the bar's label and the table round.
    private static double Share(ShownGroup? value) => value is { IsPublished: true, Value: { } v } ? (double)v : 0;

    private static string Counts(ShownGroup? value, ChartWords words) =>
        value is null ? words.NoAnswers
        : value is { IsPublished: true, Numerator: { } n, Denominator: { } d } ? words.Of(n, d)
        : value.IsPublished ? "" : words.Suppressed;

    private static GenericChart Phase(string name, IReadOnlyList<string> labels, IReadOnlyList<double> shares, string color, string[] counts, ChartWords words) =>
        ChartStyle.ShareBar(name, labels, shares, color, counts, hoverTemplate: $"%{{y}}<br>{name}: %{{x:.0f}} {words.PerCent} (%{{text}})<extra></extra>");
}

/// <summary>A row of the phase distribution: a capability and its share at each phase, as the viewer may see them.</summary>
/// <param name="Label">The row's label, e.g. the capability.</param>
/// <param name="Phases">Phases 1 to 4 in order; null for a phase without a result.</param>
public sealed record PhaseRow(string Label, IReadOnlyList<ShownGroup?> Phases)
{
    /// <summary>Phase <paramref name="index"/> + 1; null when the row has no result for it.</summary>
    public ShownGroup? Phase(int index) => index < Phases.Count ? Phases[index] : null;

    /// <summary>True when some phase of the row is hidden from the viewer.</summary>
    public bool HasSuppressed => Phases.Any(p => p is { Suppression: not Disclosure.Suppression.None });
}
