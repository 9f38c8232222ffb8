using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MnrPlatform.Sdk.Figures;

namespace MnrPlatform.Sdk.Tests.Figures;

public sealed class FigureJsonTests
{
    [Fact]
    public void Bar_trace_matches_plotly_attribute_names()
    {
        var figure = new Figure
        {
            Data =
            [
                new BarTrace
                {
                    Name = "2024",
                    HoverTemplate = "%{x}: %{y:.1f} Mt<extra></extra>",
                    X = ["Energy", "Transport", "Industry"],
                    Y = [210.5, 146, 155.25],
                    Text = ["210.5", "146", "155.3"],
                    TextPosition = BarTextPosition.Outside,
                    Marker = new Marker
                    {
                        Color = ["#1f77b4", "#ff7f0e", "#2ca02c"],
                        Line = new MarkerLine { Color = "#333333", Width = 1 },
                    },
                },
            ],
            Layout = new Layout { Title = "Emissions by sector", BarGap = 0.2 },
        };

        GoldenJson.AssertMatches("bar.json", figure.ToJson());
    }

    [Fact]
    public void Stacked_horizontal_bars_with_two_traces()
    {
        string[] countries = ["DEU", "FRA"];
        var figure = new Figure
        {
            Data =
            [
                new BarTrace
                {
                    Name = "Fossil",
                    LegendGroup = "sources",
                    X = [60, 45],
                    Y = [.. countries],
                    Orientation = Orientation.Horizontal,
                    Marker = new Marker { Color = "#7f7f7f" },
                },
                new BarTrace
                {
                    Name = "Renewable",
                    ShowLegend = true,
                    X = [40, 55],
                    Y = [.. countries],
                    Orientation = Orientation.Horizontal,
                    TextTemplate = "%{x}%",
                    TextPosition = BarTextPosition.Inside,
                    Marker = new Marker { Color = "#2ca02c" },
                },
            ],
            Layout = new Layout
            {
                BarMode = BarMode.Stack,
                XAxis = new Axis { Range = [0, 100], TickSuffix = "%" },
                YAxis = new Axis { AutoMargin = true },
            },
        };

        GoldenJson.AssertMatches("bar-stacked-horizontal.json", figure.ToJson());
    }

    [Fact]
    public void Scatter_trace_with_mode_flags_marker_line_and_fill()
    {
        var figure = new Figure
        {
            Data =
            [
                new ScatterTrace
                {
                    Name = "Observed",
                    Opacity = 0.9,
                    X = [new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1), new DateOnly(2022, 1, 1)],
                    Y = [1.5, double.NaN, 2.25],
                    Mode = ScatterMode.Lines | ScatterMode.Markers,
                    Text = "observed",
                    Marker = new Marker { Size = [6, 8, 10], Color = "#d62728", Symbol = "diamond" },
                    Line = new Line { Color = "#d62728", Width = 2, Dash = LineDash.Dash, Shape = LineShape.Spline },
                    Fill = ScatterFill.ToZeroY,
                },
                new ScatterTrace { X = [1, 2], Y = [3, 4], Mode = ScatterMode.Text, Text = ["a", "b"] },
            ],
        };

        GoldenJson.AssertMatches("scatter.json", figure.ToJson());
    }

    [Fact]
    public void Scatterpolar_radar_with_polar_layout()
    {
        var figure = new Figure
        {
            Data =
            [
                new ScatterPolarTrace
                {
                    Name = "Germany",
                    R = [3, 4.5, 2, 3],
                    Theta = ["Access", "Quality", "Cost", "Access"],
                    Mode = ScatterMode.Lines | ScatterMode.Markers,
                    Fill = PolarFill.ToSelf,
                    Line = new Line { Color = "#1f77b4" },
                },
            ],
            Layout = new Layout
            {
                Polar = new Polar
                {
                    RadialAxis = new RadialAxis { Range = [0, 5], Visible = true },
                    AngularAxis = new AngularAxis { Direction = AngularDirection.Clockwise, Rotation = 90 },
                },
                ShowLegend = false,
            },
        };

        GoldenJson.AssertMatches("scatterpolar.json", figure.ToJson());
    }

    [Fact]
    public void Heatmap_with_2d_z_explicit_colorscale_and_colorbar_title()
    {
        var figure = new Figure
        {
            Data =
            [
                new HeatmapTrace
                {
                    HoverTemplate = "%{y} %{x}: %{z}<extra></extra>",
                    Z = [[1, 2.5, null], [-0.5, 0, 3]],
                    X = ["Q1", "Q2", "Q3"],
                    Y = [2023, 2024],
                    Colorscale = [(0, "#f7fbff"), (0.5, "#6baed6"), (1, "#08306b")],
                    ZMin = -1,
                    ZMax = 3,
                    ColorBar = new ColorBar { Title = "Index", TickSuffix = " pts" },
                    XGap = 1,
                    YGap = 1,
                },
            ],
        };

        GoldenJson.AssertMatches("heatmap.json", figure.ToJson());
    }

    [Fact]
    public void Choropleth_with_geo_layout_and_config()
    {
        var figure = new Figure
        {
            Data =
            [
                new ChoroplethTrace
                {
                    Name = "Share",
                    Locations = ["DEU", "FRA", "POL"],
                    Z = [46.2, 22.7, 17.1],
                    LocationMode = LocationMode.Iso3,
                    Text = ["Germany", "France", "Poland"],
                    Colorscale = Colorscale.Blues,
                    ZMin = 0,
                    ZMax = 50,
                    ColorBar = new ColorBar { Title = "%", TickFormat = ".0f" },
                    ShowScale = true,
                    Marker = new Marker { Line = new MarkerLine { Color = "white", Width = 0.5 } },
                },
            ],
            Layout = new Layout
            {
                Geo = new Geo
                {
                    Projection = new GeoProjection { Type = GeoProjectionType.NaturalEarth },
                    Scope = GeoScope.Europe,
                    Resolution = GeoResolution.Fine,
                    ShowFrame = false,
                    ShowCoastlines = false,
                },
                Margin = new Margin { L = 0, R = 0, T = 30, B = 0 },
            },
            Config = new Config { DisplayModeBar = false, Responsive = true },
        };

        GoldenJson.AssertMatches("choropleth.json", figure.ToJson());
    }

    [Fact]
    public void Layout_title_axes_legend_annotations_and_more()
    {
        var figure = new Figure
        {
            Layout = new Layout
            {
                Title = new Title { Text = "Renewables<br><sub>share of final energy</sub>", X = 0.05, XAnchor = XAnchor.Left },
                XAxis = new Axis
                {
                    Title = "Year",
                    Type = AxisType.Category,
                    CategoryOrder = CategoryOrder.Array,
                    CategoryArray = ["2022", "2023", "2024"],
                },
                YAxis = new Axis
                {
                    Title = "Share",
                    Type = AxisType.Linear,
                    Range = [0, 1],
                    TickFormat = ".0%",
                    AutoMargin = true,
                    ZeroLine = false,
                },
                BarMode = BarMode.Group,
                Legend = new Legend { Orientation = Orientation.Horizontal, X = 0.5, Y = -0.2, XAnchor = XAnchor.Center, YAnchor = YAnchor.Top },
                Annotations =
                [
                    new Annotation { Text = "Source: Eurostat", X = 1, Y = -0.3, XRef = "paper", YRef = "paper", ShowArrow = false, XAnchor = XAnchor.Right },
                    new Annotation { Text = "Target", X = "2024", Y = 0.42, XRef = "x", YRef = "y", ShowArrow = true },
                ],
                Margin = new Margin { L = 60, R = 20, T = 60, B = 80 },
                Height = 420,
                Font = new Font { Family = "Inter, sans-serif", Size = 13, Color = "#222" },
                Colorway = ["#1f77b4", "#ff7f0e"],
                PlotBgColor = "white",
            },
            Config = new Config { Responsive = true, DisplayLogo = false },
        };

        GoldenJson.AssertMatches("layout.json", figure.ToJson());
    }

    [Fact]
    public void A_title_set_from_a_string_is_a_text_object_never_a_bare_string()
    {
        var json = new Figure { Layout = new Layout { Title = "Hello" } }.ToJson();

        GoldenJson.AssertEquivalent("""{"data":[],"layout":{"title":{"text":"Hello"}}}""", json);
    }

    [Fact]
    public void Unset_properties_are_omitted_not_written_as_null()
    {
        var json = new Figure { Data = [new BarTrace()], Layout = new Layout() }.ToJson();

        Assert.Equal("""{"data":[{"type":"bar"}],"layout":{}}""", json);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trace_held_as_the_base_type_writes_its_type_first_and_all_derived_properties()
    {
        Trace trace = new ChoroplethTrace { Name = "n", Locations = ["DEU"], Z = [1], LocationMode = LocationMode.Iso3 };

        var json = PlotlyJson.Serialize(trace);

        Assert.StartsWith("""{"type":"choropleth",""", json, StringComparison.Ordinal);
        GoldenJson.AssertEquivalent(
            """{"type":"choropleth","name":"n","locations":["DEU"],"z":[1],"locationmode":"ISO-3"}""", json);
    }

    [Fact]
    public void Every_trace_type_writes_its_plotly_type_inside_a_list_of_traces()
    {
        List<Trace> traces = [new BarTrace(), new ScatterTrace(), new ScatterPolarTrace(), new HeatmapTrace(), new ChoroplethTrace()];

        var types = JsonNode.Parse(new Figure { Data = traces }.ToJson())!["data"]!.AsArray()
            .Select(t => (string?)t!["type"]);

        Assert.Equal(["bar", "scatter", "scatterpolar", "heatmap", "choropleth"], types);
    }

    [Fact]
    public void Property_order_is_stable_with_common_trace_properties_first()
    {
        static string Build() => new Figure
        {
            Data = [new ScatterTrace { Fill = ScatterFill.ToSelf, Y = [1], X = [0], Name = "a", Opacity = 1 }],
        }.ToJson();

        var json = Build();

        Assert.Equal(json, Build());
        Assert.Equal("""{"data":[{"type":"scatter","name":"a","opacity":1,"x":[0],"y":[1],"fill":"toself"}]}""", json);
    }

    [Fact]
    public void Numbers_use_the_invariant_culture_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");

            var json = new Figure
            {
                Data = [new ScatterTrace { X = [1234.5, 0.25], Y = [-1.5e-7, 1e21] }],
                Layout = new Layout { Legend = new Legend { X = 0.5 } },
            }.ToJson();

            Assert.Contains("1234.5", json, StringComparison.Ordinal);
            Assert.DoesNotContain("1234,5", json, StringComparison.Ordinal);
            var node = JsonNode.Parse(json)!;
            Assert.Equal(0.25, (double)node["data"]![0]!["x"]![1]!);
            Assert.Equal(-1.5e-7, (double)node["data"]![0]!["y"]![0]!);
            Assert.Equal(0.5, (double)node["layout"]!["legend"]!["x"]!);
            Assert.Equal("1234.5", ((PlotValue)1234.5).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData(ScatterMode.None, "none")]
    [InlineData(ScatterMode.Lines, "lines")]
    [InlineData(ScatterMode.Markers | ScatterMode.Text, "markers+text")]
    [InlineData(ScatterMode.Lines | ScatterMode.Markers | ScatterMode.Text, "lines+markers+text")]
    public void Scatter_mode_flags_join_with_plus(ScatterMode mode, string expected)
    {
        Assert.Equal(expected, JsonSerializer.Deserialize<string>(PlotlyJson.Serialize(mode)));
        Assert.Equal(mode, JsonSerializer.Deserialize<ScatterMode>($"\"{expected}\"", PlotlyJson.Options));
    }

    [Fact]
    public void Non_ascii_text_is_kept_and_html_sensitive_characters_are_escaped()
    {
        var json = PlotlyJson.Serialize(new Title { Text = "Anteil erneuerbarer Energien in öffentlichen Gebäuden <b>&</b>" });

        Assert.Contains("öffentlichen Gebäuden", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Axis_type_auto_is_plotly_dash_and_dates_are_plotly_date_strings()
    {
        var json = PlotlyJson.Serialize(new Axis
        {
            Type = AxisType.Auto,
            Range = [new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), default(PlotValue)],
        });

        Assert.Equal("""{"type":"-","range":["2024-01-02 03:04:05",null]}""", json);
    }
}
