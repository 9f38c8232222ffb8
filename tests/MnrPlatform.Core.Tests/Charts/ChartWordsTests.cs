using System.Text.Json;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Charts;

namespace MnrPlatform.Core.Tests.Charts;

/// <summary>The built-in figures write the words they are given (the host's language) and read right to left when asked.</summary>
public sealed class ChartWordsTests
{
    private static readonly ChartWords French = new()
    {
        Yes = "Oui",
        No = "Non",
        PerCent = "pour cent",
        PercentAxis = "Pourcentage de pays",
        CountOf = "{0} sur {1}",
        PhaseNumbered = "Phase {0} (fr)",
    };

    private static ShownGroup Shown(int n, int total) => new("all", "All", n, total, n * 100m / total, Suppression.None);

    private static JsonElement Figure(Plotly.NET.GenericChart chart) => JsonDocument.Parse(FigureJson.Serialize(chart)).RootElement;

    [Fact]
    public void Share_bars_take_the_trace_names_counts_hover_and_axis_title_from_the_words()
    {
        var figure = Figure(ShareFigures.StackedShares([new ShareRow("Direction", Shown(32, 42))], French));

        var traces = figure.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["Oui", "Non"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("32 sur 42", traces[0].GetProperty("text")[0].GetString());
        Assert.Contains("pour cent", traces[0].GetProperty("hovertemplate").GetString(), StringComparison.Ordinal);
        var layout = figure.GetProperty("layout");
        Assert.Equal("Pourcentage de pays", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal([0, 100], layout.GetProperty("xaxis").GetProperty("range").EnumerateArray().Select(x => x.GetInt32()));
        Assert.False(layout.GetProperty("yaxis").TryGetProperty("side", out _));
    }

    [Fact]
    public void Right_to_left_share_bars_grow_from_the_right_with_their_labels_at_the_right()
    {
        var figure = Figure(PhaseDistributionFigure.Build([new PhaseRow("القيادة", [Shown(1, 4), Shown(1, 4), Shown(1, 4), Shown(1, 4)])], French with { RightToLeft = true }));

        var layout = figure.GetProperty("layout");
        Assert.Equal([100, 0], layout.GetProperty("xaxis").GetProperty("range").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal("right", layout.GetProperty("yaxis").GetProperty("side").GetString());
        Assert.Equal("right", layout.GetProperty("legend").GetProperty("xanchor").GetString());
        Assert.Equal("Phase 1 (fr)", figure.GetProperty("data")[0].GetProperty("name").GetString());
    }
}
