using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Visualizations;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Sdk.Tests.Visualizations;

public sealed class FigureCheckTests
{
    private const string Id = "test.visualization";

    private static string[] Labels { get; } = ["A", "B"];

    private static double[] Values { get; } = [40, 60];

    private static GenericChart Bars() => Chart.Bar<double, string, string>(values: Values, Keys: Labels, UseDefaults: false);

    [Fact]
    public void A_plain_bar_chart_passes()
    {
        Assert.Empty(FigureCheck.Problems(Id, FigureJson.Serialize(Bars())));
    }

    [Fact]
    public void A_webgl_heatmap_is_refused_naming_the_visualization_and_the_type()
    {
        var chart = Chart.Heatmap<double, string, string, string>(zData: [Values, Values], X: Labels, Y: Labels, UseWebGL: true, UseDefaults: false);

        var problem = Assert.Single(FigureCheck.Problems(Id, FigureJson.Serialize(chart)));

        Assert.Contains("Visualization 'test.visualization'", problem, StringComparison.Ordinal);
        Assert.Contains("trace 0 has type 'heatmapgl'", problem, StringComparison.Ordinal);
        Assert.Contains("WebGL", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapbox_chart_is_refused_as_a_tile_map()
    {
        var chart = Chart.ScatterMapbox<double, double, string>(longitudes: [1.0, 2.0], latitudes: [3.0, 4.0], mode: StyleParam.Mode.Markers, UseDefaults: false);

        var problems = FigureCheck.Problems(Id, FigureJson.Serialize(chart));

        Assert.Contains(problems, p => p.Contains("Visualization 'test.visualization': trace 0 has type 'scattermapbox'", StringComparison.Ordinal) && p.Contains("tile map", StringComparison.Ordinal));
    }

    [Fact]
    public void An_external_image_url_is_refused_with_where_it_is()
    {
        var logo = ChartProperties.Create(i => i.Set("source", "https://example.org/logo.png").Set("x", 0).Set("y", 1));
        var chart = Bars().WithLayout(l => l.Set("images", new[] { logo }));

        var problem = Assert.Single(FigureCheck.Problems(Id, FigureJson.Serialize(chart)));

        Assert.Contains("Visualization 'test.visualization': layout.images[0].source holds the external URL 'https://example.org/logo.png'", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<a href=\"http://evil.example/\">more</a>")]
    [InlineData("//cdn.example/x.js")]
    [InlineData("javascript:alert(1)")]
    public void Links_in_text_are_refused(string text)
    {
        var chart = Bars().WithLayout(l => l.Set("title.text", text));

        Assert.Contains(FigureCheck.Problems(Id, FigureJson.Serialize(chart)), p => p.Contains("layout.title.text holds the external URL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_topojson_url_in_the_config_is_refused()
    {
        var chart = Bars().WithConfig(c => c.Set("topojsonURL", "lib/topojson/"));

        Assert.Contains(FigureCheck.Problems(Id, FigureJson.Serialize(chart)), p => p.Contains("config.topojsonURL is set", StringComparison.Ordinal));
    }

    [Fact]
    public void An_oversized_figure_is_refused_with_its_size_and_the_limit()
    {
        var many = Enumerable.Range(0, 60_000).Select(i => (double)i).ToArray();
        var chart = Chart.Point<double, double, string>(x: many, y: many, UseDefaults: false);
        var json = FigureJson.Serialize(chart);

        var problem = Assert.Single(FigureCheck.Problems(Id, json));

        Assert.True(json.Length > FigureCheck.MaxBytes);
        Assert.Contains("Visualization 'test.visualization': the figure is", problem, StringComparison.Ordinal);
        Assert.Contains("over the limit of 512 KB", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureAllowed_throws_with_every_problem_one_per_line()
    {
        var chart = Chart.Combine([
            Chart.Heatmap<double, string, string, string>(zData: [Values], X: Labels, Y: Labels, UseWebGL: true, UseDefaults: false),
            Bars().WithLayout(l => l.Set("title.text", "see https://example.org")),
        ]);

        var e = Assert.Throws<VisualizationRefusedException>(() => FigureCheck.EnsureAllowed(Id, FigureJson.Serialize(chart)));

        Assert.Equal(Id, e.VisualizationId);
        Assert.Equal(2, e.Problems.Count);
        Assert.Equal(2, e.Message.Split(Environment.NewLine).Length);
    }
}
