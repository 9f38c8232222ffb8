using System.Runtime.CompilerServices;
using System.Text.Json;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Charts;
using Plotly.NET;

namespace MnrPlatform.Core.Tests.Charts;

/// <summary>
/// Every built-in figure kind against its golden file (Charts/Golden/*.json): Plotly.NET's output is
/// deterministic, so any change to a figure shows as a diff to review. Set MNR_UPDATE_GOLDEN=1 to
/// rewrite the files after an intended change.
/// </summary>
public sealed class BuiltInFigureGoldenTests
{
    private static ShownGroup Shown(int n, int total) => new("all", "All", n, total, n * 100m / total, Suppression.None);

    private static ShownGroup Hidden() => new("all", "All", null, null, null, Suppression.Primary);

    public static TheoryData<string> Kinds => [.. Figures.Keys];

    private static readonly Dictionary<string, Func<GenericChart>> Figures = new(StringComparer.Ordinal)
    {
        ["stacked-shares"] = () => ShareFigures.StackedShares([new("Helpline", Shown(40, 42)), new("Leadership", Shown(32, 42)), new("Hotline", Hidden())]),
        ["shares-by-group"] = () => ShareFigures.SharesByGroup([
            new("Helpline", [new("high", "High income", 15, 15, 100m, Suppression.None), new("low-middle", "Low and middle income", 25, 27, 2500m / 27, Suppression.None)]),
            new("Laws inadequate", [new("low-middle", "Low and middle income", 22, 25, 88m, Suppression.None)])]),
        ["phase-distribution"] = () => PhaseDistributionFigure.Build([
            new("Leadership", [Shown(7, 21), Shown(5, 21), Shown(6, 21), Shown(3, 21)]),
            new("Legislation", [Hidden(), Shown(5, 20), Shown(10, 20), Shown(3, 20)])]),
        ["phase-radar"] = () => PhaseRadarFigure.Build("Kenya", [new("Leadership", 2, 2.5), new("Compensation, remedies and complaints arrangements", 4, null), new("Legislation", null, 3)]),
        ["phase-history"] = () => PhaseHistoryFigure.Build(["2023", "2026"], ["Leadership", "Legislation"], [[2, 3], [1, null]]),
        ["choropleth"] = () => ChoroplethFigure.Of(ChoroplethFigure.StandingLegend, [new("GHA", "Ghana", ChoroplethFigure.Counted), new("KEN", "Kenya", ChoroplethFigure.NotCounted), new("ALB", "Albania", ChoroplethFigure.Counted)]),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_figure_matches_its_golden_file(string kind)
    {
        var json = FigureJson.Serialize(Figures[kind]());
        var path = Path.Combine(GoldenFolder(), $"{kind}.json");
        if (Environment.GetEnvironmentVariable("MNR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, json + "\n");
        }

        Assert.True(File.Exists(path), $"No golden file {path}: run the test once with MNR_UPDATE_GOLDEN=1 and review the file.");
        Assert.Equal(File.ReadAllText(path).TrimEnd('\n'), json);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_figure_carries_the_platforms_style_and_no_template(string kind)
    {
        var figure = JsonDocument.Parse(FigureJson.Serialize(Figures[kind]())).RootElement;

        var layout = figure.GetProperty("layout");
        Assert.False(layout.TryGetProperty("template", out _), "Plotly.NET's template makes plotly.js 4 draw the figure wrongly.");
        Assert.False(layout.TryGetProperty("width", out _), "Cards size the plot; a fixed width overflows on a phone.");
        Assert.Equal(PlatformChartStyle.FontFamily, layout.GetProperty("font").GetProperty("family").GetString());
        Assert.False(figure.GetProperty("config").GetProperty("showSendToCloud").GetBoolean());
        Assert.False(figure.GetProperty("config").GetProperty("displaylogo").GetBoolean());
        var traces = figure.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("type").GetString()).ToList();
        Assert.NotEmpty(traces);
        if (traces.Contains("choropleth"))
        {
            Assert.False(layout.GetProperty("geo").GetProperty("fitbounds").GetBoolean());
        }
    }

    private static string GoldenFolder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Golden");
}
