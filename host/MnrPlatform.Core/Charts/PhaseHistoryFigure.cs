using Plotly.NET;

namespace MnrPlatform.Core.Charts;

/// <summary>
/// A country's self-assessed phases across rounds as a heatmap: one column per round (oldest at the
/// left), one row per capability (the first on top), darker for a later phase.
/// </summary>
public static class PhaseHistoryFigure
{
    /// <summary>The heatmap; <paramref name="phases"/> holds one row per capability, one value per round (null: no phase); words in <paramref name="words"/> (English by default).</summary>
    public static GenericChart Build(IReadOnlyList<string> rounds, IReadOnlyList<string> capabilities, IReadOnlyList<IReadOnlyList<double?>> phases, ChartWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(capabilities);
        ArgumentNullException.ThrowIfNull(phases);
        return ChartStyle.Figure(
            [ChartStyle.PhaseHeatmap(rounds, capabilities, phases, gap: 2, words)],
            l => l
                .Set("height", 140 + (capabilities.Count * 22))
                .Set("margin", PlatformChartStyle.Margin(left: 10, right: 10, top: 10, bottom: 40))
                .Set("xaxis", ChartStyle.CategoryAxis(rounds))
                .Set("yaxis", ChartStyle.CategoryAxis(capabilities, firstOnTop: true))
                .Set("font", PlatformChartStyle.Font(11)));
    }
}
