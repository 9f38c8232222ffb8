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
                new HeatmapTrace
                {
                    Name = "Phase",
                    X = columns,
                    Y = rows,
                    Z = phases,
                    ZMin = 1,
                    ZMax = 4,
                    XGap = 2,
                    YGap = 2,
                    // Light for phase 1, dark for phase 4, as on the peer-learning heatmap.
                    Colorscale = [(0.0, "#eef4fa"), (0.34, "#9ecae1"), (0.67, "#3182bd"), (1.0, "#08306b")],
                    ColorBar = new ColorBar { Title = "Phase" },
                    HoverTemplate = "%{y}<br>%{x}: phase %{z}<extra></extra>",
                },
            ],
            Layout = new Layout
            {
                Height = 140 + (capabilities.Count * 22),
                Margin = new Margin { L = 10, R = 10, T = 10, B = 40 },
                XAxis = new Axis { Type = AxisType.Category, AutoMargin = true, CategoryOrder = CategoryOrder.Array, CategoryArray = columns },
                YAxis = new Axis { Type = AxisType.Category, AutoMargin = true, CategoryOrder = CategoryOrder.Array, CategoryArray = [.. rows.AsEnumerable().Reverse()] },
                Font = new Font { Family = "Inter, -apple-system, 'Segoe UI', sans-serif", Size = 11 },
            },
            Config = new Config { Responsive = true, DisplayLogo = false },
        };
    }
}
