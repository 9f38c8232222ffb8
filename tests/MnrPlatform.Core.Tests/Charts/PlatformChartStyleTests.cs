using System.Text.Json;
using MnrPlatform.Core.Charts;
using MnrPlatform.Sdk.Charts;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Core.Tests.Charts;

public sealed class PlatformChartStyleTests
{
    private static readonly string[] Alpha = ["Alpha"];
    private static readonly string[] Kenya = ["KEN"];
    private static readonly double[] Zero = [0.0];

    private static JsonElement Styled(GenericChart chart) => JsonDocument.Parse(FigureJson.Serialize(PlatformChartStyle.Apply(chart))).RootElement;

    [Fact]
    public void A_chart_built_with_plotly_nets_defaults_loses_its_template_and_fixed_width()
    {
        var withDefaults = PlotlyChart.Bar<double, string, string>(values: [1.0], Keys: Alpha);
        Assert.Contains("\"template\"", FigureJson.Serialize(withDefaults), StringComparison.Ordinal);

        var layout = Styled(withDefaults).GetProperty("layout");

        Assert.False(layout.TryGetProperty("template", out _));
        Assert.False(layout.TryGetProperty("width", out _));
    }

    [Fact]
    public void Every_chart_gets_the_pages_font_margins_and_config()
    {
        var figure = Styled(PlotlyChart.Bar<double, string, string>(values: [1.0], Keys: Alpha, UseDefaults: false));

        var layout = figure.GetProperty("layout");
        Assert.Equal(PlatformChartStyle.FontFamily, layout.GetProperty("font").GetProperty("family").GetString());
        Assert.Equal(PlatformChartStyle.FontSize, layout.GetProperty("font").GetProperty("size").GetDouble());
        Assert.Equal(10, layout.GetProperty("margin").GetProperty("l").GetInt32());
        var config = figure.GetProperty("config");
        Assert.False(config.GetProperty("showSendToCloud").GetBoolean());
        Assert.False(config.GetProperty("displaylogo").GetBoolean());
        Assert.True(config.GetProperty("responsive").GetBoolean());
        // A bar chart has no map to fit.
        Assert.False(layout.TryGetProperty("geo", out _));
    }

    [Fact]
    public void What_the_chart_sets_itself_wins()
    {
        var chart = PlotlyChart.Bar<double, string, string>(values: [1.0], Keys: Alpha, UseDefaults: false)
            .WithLayout(l => l.Set("margin", PlatformChartStyle.Margin(left: 160, right: 160, top: 40, bottom: 40)).Set("font", PlatformChartStyle.Font(11)));

        var layout = Styled(chart).GetProperty("layout");

        Assert.Equal(160, layout.GetProperty("margin").GetProperty("l").GetInt32());
        Assert.Equal(11, layout.GetProperty("font").GetProperty("size").GetDouble());
    }

    [Fact]
    public void A_map_keeps_its_projection_instead_of_fitting_its_bounds()
    {
        var map = PlotlyChart.ChoroplethMap<double, string>(locations: Kenya, z: Zero, UseDefaults: false);

        Assert.False(Styled(map).GetProperty("layout").GetProperty("geo").GetProperty("fitbounds").GetBoolean());
    }
}
