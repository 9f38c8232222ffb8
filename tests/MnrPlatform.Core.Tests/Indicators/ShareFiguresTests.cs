using System.Text.Json;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Indicators;

public sealed class ShareFiguresTests
{
    private static IndicatorResult Row(string label, int n, int total) => new(
        new Owned<IndicatorInfo>("p", "d", new IndicatorInfo
        {
            Id = $"d.{label.ToLowerInvariant()}.in-place",
            CapabilityCode = label.ToLowerInvariant(),
            Name = label,
            Measures = "m",
            Numerator = CountryRule.Answering("q", AnswerCodes.Yes),
            Denominator = CountryRule.Answered("q"),
            Metadata = new IndicatorMetadata("p", "c", "l"),
        }),
        new IndicatorValue(n, total, total == 0 ? null : n * 100m / total));

    [Fact]
    public void Figure_1_stacks_yes_and_no_to_100_with_the_first_row_on_top()
    {
        var figure = JsonDocument.Parse(ShareFigures.StackedShares([Row("Helpline", 40, 42), Row("Leadership", 32, 42)]).ToJson()).RootElement;

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
        IReadOnlyList<GroupValue> helpline = [new("high", "High income", new IndicatorValue(15, 15, 100m)), new("low-middle", "Low and middle income", new IndicatorValue(25, 27, 2500m / 27))];
        IReadOnlyList<GroupValue> laws = [new("low-middle", "Low and middle income", new IndicatorValue(22, 25, 88m))];

        var figure = JsonDocument.Parse(ShareFigures.SharesByGroup([("Helpline", helpline), ("Laws inadequate", laws)]).ToJson()).RootElement;

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["High income", "Low and middle income"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([100.0, 0.0], traces[0].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal(["15 of 15", "no answers"], traces[0].GetProperty("text").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal([93.0, 88.0], traces[1].GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal("group", figure.GetProperty("layout").GetProperty("barmode").GetString());
    }
}
