using System.Text.Json;
using MnrPlatform.Sdk.Charts;
using Plotly.NET;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.Sdk.Tests.Charts;

public sealed class FigureJsonTests
{
    private const string Hostile = "Say \"yes\" & <b>no</b></script><script>alert(1)</script>";

    private static GenericChart Chart(string label) =>
        PlotlyChart.Bar<double, string, string>(values: [40.0], Keys: new[] { label }, Name: label, UseDefaults: false)
            .WithLayout(l => l.Set("title.text", label))
            .WithConfig(c => c.Set("responsive", true));

    [Fact]
    public void A_chart_is_written_as_data_layout_and_config_in_one_compact_line()
    {
        var json = FigureJson.Serialize(Chart("Alpha"));

        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(["data", "layout", "config"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("bar", root.GetProperty("data")[0].GetProperty("type").GetString());
        Assert.Equal("Alpha", root.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
        Assert.True(root.GetProperty("config").GetProperty("responsive").GetBoolean());
        Assert.DoesNotContain('\n', json);
        Assert.DoesNotContain("template", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_sensitive_characters_are_escaped_and_read_back_unchanged()
    {
        var json = FigureJson.Serialize(Chart(Hostile));

        foreach (var raw in new[] { "<", ">", "&", "'", "\\\"" })
        {
            Assert.DoesNotContain(raw, json, StringComparison.Ordinal);
        }

        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(Hostile, root.GetProperty("data")[0].GetProperty("y")[0].GetString());
        Assert.Equal(Hostile, root.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void The_same_chart_always_gives_the_same_text() =>
        Assert.Equal(FigureJson.Serialize(Chart("Alpha")), FigureJson.Serialize(Chart("Alpha")));

    [Fact]
    public void Combined_charts_keep_their_traces_in_order()
    {
        var json = FigureJson.Serialize(PlotlyChart.Combine([Chart("First"), Chart("Second")]));

        Assert.Equal(["First", "Second"], JsonDocument.Parse(json).RootElement.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }
}
