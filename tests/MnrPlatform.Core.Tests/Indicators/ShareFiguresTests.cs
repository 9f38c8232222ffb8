using System.Text.Json;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Charts;

namespace MnrPlatform.Core.Tests.Indicators;

public sealed class ShareFiguresTests
{
    private static ShareRow Row(string label, int n, int total) =>
        new(label, new ShownGroup("all", "All", n, total, total == 0 ? null : n * 100m / total, Suppression.None));

    [Fact]
    public void Figure_1_stacks_yes_and_no_to_100_with_the_first_row_on_top()
    {
        var figure = JsonDocument.Parse(FigureJson.Serialize(ShareFigures.StackedShares([Row("Helpline", 40, 42), Row("Leadership", 32, 42)]))).RootElement;

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["Yes", "No"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(traces, t => Assert.Equal(("bar", "h"), (t.GetProperty("type").GetString(), t.GetProperty("orientation").GetString())));
        Assert.Equal([95.0, 76.0], traces[0].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal([5.0, 24.0], traces[1].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal(["40 of 42", "32 of 42"], traces[0].GetProperty("text").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["2 of 42", "10 of 42"], traces[1].GetProperty("text").EnumerateArray().Select(x => x.GetString()));
        var layout = figure.GetProperty("layout");
        Assert.Equal("stack", layout.GetProperty("barmode").GetString());
        // plotly draws the first category at the bottom, so the array is reversed to put the first row on top.
        Assert.Equal(["Leadership", "Helpline"], layout.GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void Shares_by_group_draw_one_trace_per_group_and_mark_groups_without_answers()
    {
        IReadOnlyList<ShownGroup> helpline = [new("high", "High income", 15, 15, 100m, Suppression.None), new("low-middle", "Low and middle income", 25, 27, 2500m / 27, Suppression.None)];
        IReadOnlyList<ShownGroup> laws = [new("low-middle", "Low and middle income", 22, 25, 88m, Suppression.None)];

        var figure = JsonDocument.Parse(FigureJson.Serialize(ShareFigures.SharesByGroup([new("Helpline", helpline), new("Laws inadequate", laws)]))).RootElement;

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["High income", "Low and middle income"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([100.0, 0.0], traces[0].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal(["15 of 15", "no answers"], traces[0].GetProperty("text").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal([93.0, 88.0], traces[1].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal("group", figure.GetProperty("layout").GetProperty("barmode").GetString());
    }

    [Fact]
    public void A_suppressed_row_keeps_its_place_without_a_bar_or_counts()
    {
        var suppressed = new ShareRow("Hotline", new ShownGroup("all", "All", null, null, null, Suppression.Primary));

        var figure = JsonDocument.Parse(FigureJson.Serialize(ShareFigures.StackedShares([Row("Helpline", 40, 42), suppressed]))).RootElement;

        var yes = figure.GetProperty("data")[0];
        Assert.Equal([95.0, 0.0], yes.GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal(["40 of 42", "suppressed"], yes.GetProperty("text").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal([5.0, 0.0], figure.GetProperty("data")[1].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
    }
}
