using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Content;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Core.Charts;

/// <summary>A class of countries on a categorical map: its legend entry and its colour.</summary>
/// <param name="Label">What the legend and the hover say, e.g. "Counted".</param>
/// <param name="Color">A CSS colour.</param>
public sealed record MapCategory(string Label, string Color);

/// <summary>A country on a map with the category it is drawn in.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code (what plotly's world topology is keyed by).</param>
/// <param name="Name">The country's name, shown on hover.</param>
/// <param name="Category">Its category; one of the figure's legend.</param>
public sealed record MapCountry(string Iso3, string Name, MapCategory Category);

/// <summary>
/// The secretariat's world map (it names countries): a plotly choropleth over ISO-3 codes, one
/// trace per category so that the legend names every colour (counted, not counted, no answer; or
/// the four maturity phases). Countries not on the list stay the colour of the land. The topology
/// is plotly's 1:50 million world, which the host serves itself (see <c>topojsonURL</c>).
/// </summary>
public static class ChoroplethFigure
{
    private const string LandColor = "#eef1f4";
    private const string BorderColor = "#ffffff";

    /// <summary>In the indicator's numerator: the dashboard's "yes" blue.</summary>
    public static MapCategory Counted { get; } = new("Counted", PlatformChartStyle.Primary);

    /// <summary>In the denominator only: an orange that stays apart from the blue for colour-blind readers.</summary>
    public static MapCategory NotCounted { get; } = new("Not counted", PlatformChartStyle.Secondary);

    /// <summary>A respondent without an answer the map reads: a grey darker than the land.</summary>
    public static MapCategory NoAnswer { get; } = new("No answer", "#a9b1ba");

    private static readonly IReadOnlyList<string> PhaseColors = PlatformChartStyle.PhaseColors;

    /// <summary>The category of an indicator standing.</summary>
    public static MapCategory Of(IndicatorStanding standing) => standing switch
    {
        IndicatorStanding.Counted => Counted,
        IndicatorStanding.NotCounted => NotCounted,
        _ => NoAnswer,
    };

    /// <summary>The legend of an indicator map: counted, not counted, no answer.</summary>
    public static IReadOnlyList<MapCategory> StandingLegend { get; } = [Counted, NotCounted, NoAnswer];

    /// <summary>
    /// The four phases of the Maturity Model on a sequential scale, named by <paramref name="phaseNames"/>
    /// (phase 1 first), then <see cref="NoAnswer"/>.
    /// </summary>
    public static IReadOnlyList<MapCategory> PhaseLegend(IReadOnlyList<string> phaseNames)
    {
        ArgumentNullException.ThrowIfNull(phaseNames);
        if (phaseNames.Count != MaturityDescriptors.PhaseCount)
        {
            throw new ArgumentException($"Name each of the {MaturityDescriptors.PhaseCount} phases.", nameof(phaseNames));
        }

        return [.. phaseNames.Select((name, i) => new MapCategory(name, PhaseColors[i])), NoAnswer];
    }

    /// <summary>
    /// The map of <paramref name="countries"/>, drawn in the categories of <paramref name="legend"/>
    /// and listed in its order; categories without countries are left out of the legend.
    /// </summary>
    public static GenericChart Of(IReadOnlyList<MapCategory> legend, IReadOnlyList<MapCountry> countries)
    {
        ArgumentNullException.ThrowIfNull(legend);
        ArgumentNullException.ThrowIfNull(countries);
        if (countries.FirstOrDefault(c => !legend.Contains(c.Category)) is { } stray)
        {
            throw new ArgumentException($"{stray.Iso3} is drawn as \"{stray.Category.Label}\", which is not in the legend.", nameof(countries));
        }

        var traces = legend
            .Select(category => (Category: category, Members: countries.Where(c => c.Category == category).ToList()))
            .Where(x => x.Members.Count > 0)
            .Select(x => Trace(x.Category, x.Members));
        return ChartStyle.Figure(
                traces,
                l => l
                    // A scale set (1: the whole world) and fitbounds off (PlatformChartStyle) keep plotly 4 from
                    // zooming and turning the map to fit the countries drawn (the Pacific in the middle).
                    .Set("geo.projection", ChartProperties.Create(p => p.Set("type", "natural earth").Set("scale", 1)))
                    // 50 m is the topology the host serves; plotly's default (110 m) would not be found.
                    .Set("geo.resolution", 50)
                    .Set("geo.showframe", false)
                    .Set("geo.showcoastlines", false)
                    // Only the countries drawn are outlined (white): the rest of the land stays one quiet grey.
                    .Set("geo.showcountries", false)
                    .Set("geo.showland", true)
                    .Set("geo.landcolor", LandColor)
                    .Set("geo.bgcolor", "rgba(0,0,0,0)")
                    .Set("margin", PlatformChartStyle.Margin(left: 0, right: 0, top: 0, bottom: 0))
                    // A row under the map, at the left: it wraps on a phone instead of covering the map.
                    .Set("legend", ChartStyle.HorizontalLegend(x: 0, y: 0, yAnchor: "top", xAnchor: "left"))
                    .Set("showlegend", true)
                    .Set("font", PlatformChartStyle.Font(13))
                    .Set("paper_bgcolor", "rgba(0,0,0,0)"))
            // No wheel zoom: the page must scroll past the map.
            .WithConfig(c => c.Set("scrollZoom", false));
    }

    private static GenericChart Trace(MapCategory category, IReadOnlyList<MapCountry> members) =>
        PlotlyChart.ChoroplethMap<double, string>(
                locations: members.Select(c => c.Iso3).ToArray(),
                // One colour per trace: every z is 0 on a scale that is that colour throughout.
                z: members.Select(_ => 0.0).ToArray(),
                Name: category.Label,
                ShowLegend: true,
                MultiText: members.Select(c => c.Name).ToArray(),
                ShowScale: false,
                LocationMode: StyleParam.LocationFormat.ISO_3,
                UseDefaults: false)
            .WithTraces((_, t) => t
                .Set("colorscale", new object[] { new object[] { 0, category.Color }, new object[] { 1, category.Color } })
                .Set("hovertemplate", $"<b>%{{text}}</b> (%{{location}})<br>{category.Label}<extra></extra>")
                .Set("marker.line", ChartProperties.Create(m => m.Set("color", BorderColor).Set("width", 0.5))));
}
