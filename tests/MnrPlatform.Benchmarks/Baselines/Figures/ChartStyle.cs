using MnrPlatform.Benchmarks.Baselines.FigureModel;

// The pre-2.0 reference for FigureBenchmarks (the overview's figures on the SDK's old hand-written
// figure model), copied as it was: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.Figures;

/// <summary>
/// The look every dashboard figure shares: the font, the two series colours, and the phase colours
/// (light for phase 1, dark for phase 4: the eye reads darker as further along), in one place so a
/// phase or a "yes" reads the same on every chart.
/// </summary>
public static class ChartStyle
{
    /// <summary>The first series ("yes", counted, the country): the dashboard's blue.</summary>
    public const string Primary = "#1d5f8a";

    /// <summary>The second series (not counted, the median): an orange that stays apart from the blue for colour-blind readers.</summary>
    public const string Secondary = "#e0892b";

    /// <summary>What is not there (no, suppressed): a light grey.</summary>
    public const string Muted = "#d5dde5";

    /// <summary>The four phases as discrete colours, phase 1 first.</summary>
    public static IReadOnlyList<string> PhaseColors { get; } = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"];

    /// <summary>The page's font, at <paramref name="size"/> points.</summary>
    public static Font Font(double size) => new() { Family = "Inter, -apple-system, 'Segoe UI', sans-serif", Size = size };

    /// <summary>
    /// Phases 1 to 4 as a heatmap: one column per <paramref name="columns"/>, one row per
    /// <paramref name="rows"/>, <paramref name="phases"/> row by row (null: no phase).
    /// </summary>
    public static HeatmapTrace PhaseHeatmap(IReadOnlyList<PlotValue> columns, IReadOnlyList<PlotValue> rows, IReadOnlyList<IReadOnlyList<double?>> phases, double gap) => new()
    {
        Name = "Phase",
        X = columns,
        Y = rows,
        Z = phases,
        ZMin = 1,
        ZMax = 4,
        XGap = gap,
        YGap = gap,
        Colorscale = [(0.0, "#eef4fa"), (0.34, "#9ecae1"), (0.67, "#3182bd"), (1.0, "#08306b")],
        ColorBar = new ColorBar { Title = "Phase" },
        HoverTemplate = "%{y}<br>%{x}: phase %{z}<extra></extra>",
    };

    /// <summary>A category axis in the order given; <paramref name="firstOnTop"/> for a vertical axis, where plotly draws the first category at the bottom.</summary>
    public static Axis CategoryAxis(IReadOnlyList<PlotValue> categories, bool firstOnTop = false) => new()
    {
        Type = AxisType.Category,
        CategoryOrder = CategoryOrder.Array,
        CategoryArray = firstOnTop ? [.. categories.Reverse()] : categories,
        AutoMargin = true,
    };
}
