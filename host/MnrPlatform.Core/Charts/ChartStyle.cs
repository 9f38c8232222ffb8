using MnrPlatform.Sdk.Charts;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Core.Charts;

/// <summary>
/// The building blocks the host's figures share, on Plotly.NET: horizontal share bars, the phase
/// heatmap, category axes in a given order, and <see cref="Figure"/>, which combines traces, sets the
/// layout and applies <see cref="PlatformChartStyle"/>.
/// </summary>
public static class ChartStyle
{
    /// <summary>
    /// <paramref name="traces"/> as one figure with the layout <paramref name="layout"/> sets, in
    /// the platform's style.
    /// </summary>
    public static GenericChart Figure(IEnumerable<GenericChart> traces, Action<ChartProperties> layout) =>
        PlatformChartStyle.Apply(PlotlyChart.Combine(traces).WithLayout(layout));

    /// <summary>
    /// A horizontal bar per label: the bar shows its percentage (rounded), the hover adds the n of N
    /// carried in <paramref name="counts"/>. <paramref name="showText"/> false for bars too thin to
    /// carry a label. The hover's words are <paramref name="words"/>' (English by default).
    /// </summary>
    public static GenericChart ShareBar(string name, IReadOnlyList<string> labels, IReadOnlyList<double> percents, string color, IReadOnlyList<string> counts, string? hoverTemplate = null, bool showText = true, ChartWords? words = null) =>
        PlotlyChart.Bar<double, string, string>(
            values: percents,
            Keys: labels.ToArray(),
            Name: name,
            MultiText: counts.ToArray(),
            MarkerColor: Color.fromString(color),
            UseDefaults: false)
        .WithTraces((_, t) => t
            .Set("marker.pattern", null)
            .Set("texttemplate", "%{x:.0f}")
            .Set("textposition", showText ? "inside" : "none")
            .Set("hovertemplate", hoverTemplate ?? $"%{{y}}<br>{name}: %{{x}} {(words ?? ChartWords.English).PerCent} (%{{text}})<extra></extra>"));

    /// <summary>
    /// Phases 1 to 4 as a heatmap: one column per <paramref name="columns"/>, one row per
    /// <paramref name="rows"/>, <paramref name="phases"/> row by row (null: no phase); named in <paramref name="words"/> (English by default).
    /// </summary>
    public static GenericChart PhaseHeatmap(IReadOnlyList<string> columns, IReadOnlyList<string> rows, IReadOnlyList<IReadOnlyList<double?>> phases, int gap, ChartWords? words = null) =>
        Heatmap(columns, rows, phases, gap, words ?? ChartWords.English);

    private static GenericChart Heatmap(IReadOnlyList<string> columns, IReadOnlyList<string> rows, IReadOnlyList<IReadOnlyList<double?>> phases, int gap, ChartWords words) =>
        // Plotly.NET's generic arguments must be IConvertible, so cells without a phase (null) are set by name.
        PlotlyChart.Heatmap<double, string, string, string>(
            zData: phases.Select(row => row.Select(_ => 0.0)),
            X: columns.ToArray(),
            Y: rows.ToArray(),
            Name: words.Phase,
            XGap: gap,
            YGap: gap,
            UseDefaults: false)
        .WithTraces((_, t) => t
            .Set("z", phases.Select(row => row.ToArray()).ToArray())
            .Set("zmin", 1)
            .Set("zmax", 4)
            .Set("colorscale", new object[] { new object[] { 0.0, "#eef4fa" }, new object[] { 0.34, "#9ecae1" }, new object[] { 0.67, "#3182bd" }, new object[] { 1.0, "#08306b" } })
            .Set("colorbar.title.text", words.Phase)
            .Set("hovertemplate", "%{y}<br>%{x}: " + words.PhaseLower + " %{z}<extra></extra>"));

    /// <summary>
    /// A category axis in the order given; <paramref name="firstOnTop"/> for a vertical axis, where plotly draws the first category at the bottom;
    /// <paramref name="right"/> to draw a vertical axis at the right (a right-to-left page).
    /// </summary>
    public static ChartProperties CategoryAxis(IReadOnlyList<string> categories, bool firstOnTop = false, bool right = false) =>
        ChartProperties.Create(a =>
        {
            a.Set("type", "category")
                .Set("categoryorder", "array")
                .Set("categoryarray", firstOnTop ? categories.Reverse().ToArray() : categories.ToArray())
                .Set("automargin", true);
            if (right)
            {
                a.Set("side", "right");
            }
        });

    /// <summary>A horizontal legend anchored at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static ChartProperties HorizontalLegend(double x, double y, string yAnchor, string? xAnchor = null) =>
        ChartProperties.Create(l =>
        {
            l.Set("orientation", "h").Set("x", x).Set("y", y);
            if (xAnchor is not null)
            {
                l.Set("xanchor", xAnchor);
            }

            l.Set("yanchor", yAnchor);
        });
}
