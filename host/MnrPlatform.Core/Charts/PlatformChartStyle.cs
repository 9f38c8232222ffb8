using MnrPlatform.Sdk.Charts;
using Plotly.NET;

namespace MnrPlatform.Core.Charts;

/// <summary>
/// The platform's chart style in one place: the page's font, the palette, the margins and the
/// plotly config every figure gets, host-built or supplied by a plugin. <see cref="Apply"/> puts a
/// chart in this style; what the chart sets itself (a margin, a font size) wins.
/// </summary>
/// <remarks>
/// Plotly.NET targets plotly.js 2.28; its JSON draws correctly in the platform's plotly.js 4 when a
/// chart carries no template (every chart is built with <c>UseDefaults: false</c>; <see cref="Apply"/>
/// drops one a chart brings anyway, with Plotly.NET's fixed width) and a map does not fit its bounds
/// to the data (<c>geo.fitbounds: false</c>).
/// </remarks>
public static class PlatformChartStyle
{
    /// <summary>The page's font family.</summary>
    public const string FontFamily = "Inter, -apple-system, 'Segoe UI', sans-serif";

    /// <summary>The font size of chart text, in points.</summary>
    public const double FontSize = 13;

    /// <summary>The first series ("yes", counted, the country): the dashboard's blue.</summary>
    public const string Primary = "#1d5f8a";

    /// <summary>The second series (not counted, the median): an orange that stays apart from the blue for colour-blind readers.</summary>
    public const string Secondary = "#e0892b";

    /// <summary>What is not there (no, suppressed): a light grey.</summary>
    public const string Muted = "#d5dde5";

    /// <summary>The four phases as discrete colours, phase 1 first (light for phase 1, dark for phase 4: the eye reads darker as further along).</summary>
    public static IReadOnlyList<string> PhaseColors { get; } = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"];

    /// <summary>Colours for the groups of a breakdown, in order (repeated past the fifth).</summary>
    public static IReadOnlyList<string> GroupColors { get; } = [Primary, Secondary, "#4c9a6a", "#8a5aa8", "#9aa5b1"];

    private static readonly string[] GeoTraceTypes = ["choropleth", "scattergeo"];

    /// <summary>The page's font at <paramref name="size"/> points, as a plotly <c>font</c> object.</summary>
    public static ChartProperties Font(double size) => ChartProperties.Create(f => f.Set("family", FontFamily).Set("size", size));

    /// <summary>A plotly <c>margin</c> object, in pixels.</summary>
    public static ChartProperties Margin(int left, int right, int top, int bottom) =>
        ChartProperties.Create(m => m.Set("l", left).Set("r", right).Set("t", top).Set("b", bottom));

    /// <summary>
    /// <paramref name="chart"/> in the platform's style: the page's font, margins of 10 px at the
    /// sides, 40 above and 50 below, no template and no fixed width (cards size the plot), a map
    /// that keeps its projection (<c>geo.fitbounds: false</c>), and the config the pages draw with
    /// (responsive, no plotly logo, no "send to cloud"). Layout attributes the chart sets win.
    /// </summary>
    /// <param name="chart">The chart; not changed.</param>
    public static GenericChart Apply(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var isMap = GenericChart.getTraces(chart).Any(t => GeoTraceTypes.Contains(t.type, StringComparer.Ordinal));
        var own = GenericChart.getLayout(chart);
        return chart
            .WithLayout(l =>
            {
                l.Set("template", null).Set("width", null);
                if (own.TryGetPropertyValue("font") is null)
                {
                    l.Set("font", Font(FontSize));
                }

                if (own.TryGetPropertyValue("margin") is null)
                {
                    l.Set("margin", Margin(left: 10, right: 10, top: 40, bottom: 50));
                }

                if (isMap)
                {
                    l.Set("geo.fitbounds", false);
                }
            })
            .WithConfig(c => c
                .Set("responsive", true)
                .Set("displaylogo", false)
                .Set("showSendToCloud", false));
    }
}
