using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Testing;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Domains.Tests;

public sealed class VisualizationTests
{
    [Theory]
    [MemberData(nameof(Plugins.Projects), MemberType = typeof(Plugins))]
    public void Each_plugin_supplies_a_visualization_of_its_own_that_the_figure_check_accepts(string project)
    {
        var content = Plugins.ContentOf(project);

        var visualization = Assert.Single(content.Visualizations);
        Assert.StartsWith($"{content.Domain.Code}.visualization.", visualization.Id, StringComparison.Ordinal);
        Assert.Empty(VisualizationConformance.Problems(content));
    }

    [Fact]
    public void A_hidden_group_is_drawn_as_a_gap_and_named_in_the_hover_text()
    {
        var content = Plugins.ContentOf("MnrPlatform.Domains.Media");
        var visualization = content.Visualizations[0];
        var (_, input) = VisualizationConformance.Samples(visualization, [.. visualization.IndicatorIds.Select(id => content.Indicators.Single(i => i.Id == id))]).ElementAt(1);

        var json = FigureJson.Serialize(visualization.Build(input));

        Assert.Contains("null", json, StringComparison.Ordinal);
        Assert.Contains("suppressed (small group)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_criminal_justice_visualization_matches_its_golden_figure()
    {
        var content = Plugins.ContentOf("MnrPlatform.Domains.CriminalJustice");
        var visualization = content.Visualizations[0];
        var (_, input) = VisualizationConformance.Samples(visualization, [.. visualization.IndicatorIds.Select(id => content.Indicators.Single(i => i.Id == id))]).ElementAt(0);

        var json = FigureJson.Serialize(visualization.Build(input));

        var golden = Path.Combine(AppContext.BaseDirectory, "Golden", "criminal-justice.visualization.json");
        if (Environment.GetEnvironmentVariable("MNR_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), "Golden", "criminal-justice.visualization.json"), json);
        }

        Assert.Equal(File.ReadAllText(golden), json);
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
