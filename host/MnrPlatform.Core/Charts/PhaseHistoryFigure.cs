using MnrPlatform.Sdk.Figures;

namespace MnrPlatform.Core.Charts;

/// <summary>
/// A country's self-assessed phases across rounds as a heatmap: one column per round (oldest at the
/// left), one row per capability (the first on top), darker for a later phase.
/// </summary>
public static class PhaseHistoryFigure
{
    /// <summary>The heatmap; <paramref name="phases"/> holds one row per capability, one value per round (null: no phase).</summary>
    public static Figure Build(IReadOnlyList<string> rounds, IReadOnlyList<string> capabilities, IReadOnlyList<IReadOnlyList<double?>> phases)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(capabilities);
        ArgumentNullException.ThrowIfNull(phases);
        var rows = capabilities.Select(c => (PlotValue)c).ToList();
        var columns = rounds.Select(r => (PlotValue)r).ToList();
        return new Figure
        {
            Data =
            [
                ChartStyle.PhaseHeatmap(columns, rows, phases, gap: 2),
            ],
            Layout = new Layout
            {
                Height = 140 + (capabilities.Count * 22),
                Margin = new Margin { L = 10, R = 10, T = 10, B = 40 },
                XAxis = ChartStyle.CategoryAxis(columns),
                YAxis = ChartStyle.CategoryAxis(rows, firstOnTop: true),
                Font = ChartStyle.Font(11),
            },
            Config = new Config { Responsive = true, DisplayLogo = false },
        };
    }
}
