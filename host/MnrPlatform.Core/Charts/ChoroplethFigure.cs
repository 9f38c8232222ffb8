using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Figures;

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
    public static MapCategory Counted { get; } = new("Counted", ChartStyle.Primary);

    /// <summary>In the denominator only: an orange that stays apart from the blue for colour-blind readers.</summary>
    public static MapCategory NotCounted { get; } = new("Not counted", ChartStyle.Secondary);

    /// <summary>A respondent without an answer the map reads: a grey darker than the land.</summary>
    public static MapCategory NoAnswer { get; } = new("No answer", "#a9b1ba");

    private static readonly IReadOnlyList<string> PhaseColors = ChartStyle.PhaseColors;

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
    public static Figure Of(IReadOnlyList<MapCategory> legend, IReadOnlyList<MapCountry> countries)
    {
        ArgumentNullException.ThrowIfNull(legend);
        ArgumentNullException.ThrowIfNull(countries);
        if (countries.FirstOrDefault(c => !legend.Contains(c.Category)) is { } stray)
        {
            throw new ArgumentException($"{stray.Iso3} is drawn as \"{stray.Category.Label}\", which is not in the legend.", nameof(countries));
        }

        return new Figure
        {
            Data = [.. legend
                .Select(category => (Category: category, Members: countries.Where(c => c.Category == category).ToList()))
                .Where(x => x.Members.Count > 0)
                .Select(x => (Trace)Trace(x.Category, x.Members))],
            Layout = new Layout
            {
                Geo = new Geo
                {
                    // A scale set (1: the whole world) turns off plotly 4's default fitbounds, which would
                    // zoom and turn the map to fit the countries drawn (the Pacific in the middle).
                    Projection = new GeoProjection { Type = GeoProjectionType.NaturalEarth, Scale = 1 },
                    // 50 m is the topology the host serves; plotly's default (110 m) would not be found.
                    Resolution = GeoResolution.Fine,
                    ShowFrame = false,
                    ShowCoastlines = false,
                    // Only the countries drawn are outlined (white): the rest of the land stays one quiet grey.
                    ShowCountries = false,
                    ShowLand = true,
                    LandColor = LandColor,
                    BgColor = "rgba(0,0,0,0)",
                },
                Margin = new Margin { L = 0, R = 0, T = 0, B = 0 },
                // A row under the map, at the left: it wraps on a phone instead of covering the map.
                Legend = new Legend { Orientation = Orientation.Horizontal, X = 0, Y = 0, XAnchor = XAnchor.Left, YAnchor = YAnchor.Top },
                ShowLegend = true,
                Font = ChartStyle.Font(13),
                PaperBgColor = "rgba(0,0,0,0)",
            },
            // No wheel zoom: the page must scroll past the map.
            Config = new Config { Responsive = true, DisplayLogo = false, ScrollZoom = false },
        };
    }

    private static ChoroplethTrace Trace(MapCategory category, IReadOnlyList<MapCountry> members) => new()
    {
        Name = category.Label,
        ShowLegend = true,
        Locations = [.. members.Select(c => c.Iso3)],
        LocationMode = LocationMode.Iso3,
        // One colour per trace: every z is 0 on a scale that is that colour throughout.
        Z = [.. members.Select(_ => (double?)0)],
        Colorscale = [(0, category.Color), (1, category.Color)],
        ShowScale = false,
        Text = OneOrMany.Many(members.Select(c => c.Name)),
        HoverTemplate = $"<b>%{{text}}</b> (%{{location}})<br>{category.Label}<extra></extra>",
        Marker = new Marker { Line = new MarkerLine { Color = BorderColor, Width = 0.5 } },
    };
}
