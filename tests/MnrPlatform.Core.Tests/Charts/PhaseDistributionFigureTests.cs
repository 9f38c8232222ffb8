using System.Text.Json;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Charts;

namespace MnrPlatform.Core.Tests.Charts;

public sealed class PhaseDistributionFigureTests
{
    private static ShownGroup Shown(int n, int total) => new("all", "All", n, total, n * 100m / total, Suppression.None);

    private static ShownGroup Hidden(Suppression why) => new("all", "All", null, null, null, why);

    private static List<JsonElement> Traces(params PhaseRow[] rows) =>
        [.. JsonDocument.Parse(FigureJson.Serialize(PhaseDistributionFigure.Build(rows))).RootElement.GetProperty("data").EnumerateArray()];

    private static List<double> X(JsonElement trace) => [.. trace.GetProperty("x").EnumerateArray().Select(x => x.GetDouble())];

    [Fact]
    public void Each_capability_stacks_its_four_phases_to_100_light_to_dark_first_row_on_top()
    {
        var figure = JsonDocument.Parse(FigureJson.Serialize(PhaseDistributionFigure.Build(
        [
            new("Leadership", [Shown(7, 21), Shown(7, 21), Shown(4, 21), Shown(3, 21)]),
            new("Legislation", [Shown(0, 20), Shown(5, 20), Shown(10, 20), Shown(5, 20)]),
        ]))).RootElement;

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["Phase 1", "Phase 2", "Phase 3", "Phase 4"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(traces, t => Assert.Equal(("bar", "h"), (t.GetProperty("type").GetString(), t.GetProperty("orientation").GetString())));
        // Unrounded thirds and sevenths still add up to 100 in every row.
        Assert.Equal(100.0, traces.Sum(t => X(t)[0]), 6);
        Assert.Equal(100.0, traces.Sum(t => X(t)[1]), 6);
        Assert.Equal(["7 of 21", "0 of 20"], traces[0].GetProperty("text").EnumerateArray().Select(x => x.GetString()));
        var colors = traces.Select(t => t.GetProperty("marker").GetProperty("color").GetString()!).ToList();
        Assert.Equal(colors.OrderByDescending(Lightness), colors);
        var layout = figure.GetProperty("layout");
        Assert.Equal("stack", layout.GetProperty("barmode").GetString());
        Assert.Equal(["Legislation", "Leadership"], layout.GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void Suppressed_phases_have_no_bar_or_counts_and_one_grey_segment_fills_the_row()
    {
        var traces = Traces(
            new PhaseRow("Helpline", [Hidden(Suppression.Primary), Hidden(Suppression.Complementary), Shown(20, 40), Shown(16, 40)]),
            new PhaseRow("Hotline", [Shown(10, 40), Shown(10, 40), Shown(10, 40), Shown(10, 40)]));

        Assert.Equal(5, traces.Count);
        Assert.Equal([0.0, 25.0], X(traces[0]));
        Assert.Equal("suppressed", traces[0].GetProperty("text")[0].GetString());
        var suppressed = traces[4];
        Assert.Equal(PhaseDistributionFigure.SuppressedName, suppressed.GetProperty("name").GetString());
        Assert.Equal([10.0, 0.0], X(suppressed).Select(x => Math.Round(x, 6)));
    }

    [Fact]
    public void Without_suppression_there_is_no_grey_segment()
    {
        Assert.Equal(4, Traces(new PhaseRow("Hotline", [Shown(1, 4), Shown(1, 4), Shown(1, 4), Shown(1, 4)])).Count);
    }

    private static double Lightness(string hex) =>
        Convert.ToInt32(hex[1..3], 16) + Convert.ToInt32(hex[3..5], 16) + Convert.ToInt32(hex[5..7], 16);
}
