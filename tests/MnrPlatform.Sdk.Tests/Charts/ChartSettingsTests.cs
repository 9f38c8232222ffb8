using System.Text.Json;
using MnrPlatform.Sdk.Charts;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Sdk.Tests.Charts;

public sealed class ChartSettingsTests
{
    private static readonly int[] Range = [0, 100];
    private static readonly string[] Labels = ["Alpha", "Beta"];

    private static GenericChart Bars() =>
        PlotlyChart.Bar<double, string, string>(values: [40.0, 60.0], Keys: Labels, Name: "Yes", UseDefaults: false);

    private static JsonElement Json(GenericChart chart) => JsonDocument.Parse(FigureJson.Serialize(chart)).RootElement;

    [Fact]
    public void A_dotted_path_creates_nested_objects_and_keeps_what_is_there()
    {
        var chart = Bars()
            .WithLayout(l => l.Set("xaxis.range", Range).Set("barmode", "stack"))
            .WithLayout(l => l.Set("xaxis.ticksuffix", "%"));

        var xaxis = Json(chart).GetProperty("layout").GetProperty("xaxis");
        Assert.Equal([0, 100], xaxis.GetProperty("range").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal("%", xaxis.GetProperty("ticksuffix").GetString());
        Assert.Equal("stack", Json(chart).GetProperty("layout").GetProperty("barmode").GetString());
    }

    [Fact]
    public void Setting_returns_a_new_chart_and_leaves_the_given_one_as_it_was()
    {
        var plain = Bars();
        var before = FigureJson.Serialize(plain);

        var styled = plain.WithLayout(l => l.Set("geo.fitbounds", false)).WithConfig(c => c.Set("displaylogo", false)).WithTraces((_, t) => t.Set("texttemplate", "%{x}"));

        Assert.Equal(before, FigureJson.Serialize(plain));
        Assert.NotEqual(before, FigureJson.Serialize(styled));
        var again = styled.WithLayout(l => l.Set("geo.showland", true));
        Assert.False(Json(styled).GetProperty("layout").GetProperty("geo").TryGetProperty("showland", out _));
        Assert.True(Json(again).GetProperty("layout").GetProperty("geo").GetProperty("showland").GetBoolean());
    }

    [Fact]
    public void Null_removes_an_attribute_and_objects_nest_as_values()
    {
        var chart = Bars()
            .WithLayout(l => l
                .Set("height", 300)
                .Set("annotations", new[] { ChartProperties.Create(a => a.Set("text", "note").Set("font.size", 11)) }))
            .WithLayout(l => l.Set("height", null));

        var layout = Json(chart).GetProperty("layout");
        Assert.False(layout.TryGetProperty("height", out _));
        var annotation = layout.GetProperty("annotations")[0];
        Assert.Equal("note", annotation.GetProperty("text").GetString());
        Assert.Equal(11, annotation.GetProperty("font").GetProperty("size").GetInt32());
    }

    [Fact]
    public void Config_and_traces_are_set_by_their_plotly_names()
    {
        var chart = Bars()
            .WithConfig(c => c.Set("showSendToCloud", false).Set("responsive", true))
            .WithTraces((i, t) => t.Set("hovertemplate", $"trace {i}"));

        var json = Json(chart);
        Assert.False(json.GetProperty("config").GetProperty("showSendToCloud").GetBoolean());
        Assert.True(json.GetProperty("config").GetProperty("responsive").GetBoolean());
        var trace = json.GetProperty("data")[0];
        Assert.Equal("trace 0", trace.GetProperty("hovertemplate").GetString());
        Assert.Equal("bar", trace.GetProperty("type").GetString());
        Assert.Equal(["Alpha", "Beta"], trace.GetProperty("y").EnumerateArray().Select(y => y.GetString()));
    }

    [Theory]
    [InlineData("xaxis..range")]
    [InlineData(".range")]
    [InlineData("height.value")]
    public void A_path_with_an_empty_part_or_through_a_value_is_refused_and_named(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => Bars().WithLayout(l => l.Set("height", 300).Set(path, 1)));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
