using System.Globalization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Core.Tests.Plugins;
using MnrPlatform.Core.Visualizations;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Core.Tests.Visualizations;

public sealed class VisualizationRendererTests
{
    private static VisualizationInput Input() => new(CultureInfo.GetCultureInfo("en"), "2024 review",
    [
        new VisualizationIndicator("fixture-throwing-visualization.in-place.share", "Fixture capability in place", "c", "per cent",
            [new VisualizationBreakdown("all", [new VisualizationGroup("all", "All countries", 2, 3, 66.7m, null)])]),
    ]);

    [Fact]
    public void A_throwing_visualization_and_a_refused_figure_each_leave_a_fault_naming_the_plugin_and_the_visualization()
    {
        var log = new LogRecorder();
        var catalog = new FrameworkCatalog(FixturePlugins.LoadAll());
        var guard = new PluginCallGuard(log.For<PluginCallGuard>(), TimeProvider.System);
        var renderer = new VisualizationRenderer(guard);

        var thrown = renderer.Render(PluginVisualizations.Find(catalog, "fixture-throwing-visualization.throws")!, Input());
        var refused = renderer.Render(PluginVisualizations.Find(catalog, "fixture-throwing-visualization.webgl")!, Input());

        Assert.Null(thrown.Json);
        Assert.Equal("InvalidOperationException: The fixture visualization cannot draw.", thrown.Fault!.Message);
        Assert.Equal("drawing visualization fixture-throwing-visualization.throws", thrown.Fault.Operation);
        Assert.Null(refused.Json);
        Assert.StartsWith("VisualizationRefusedException: Visualization 'fixture-throwing-visualization.webgl': trace 0 has type 'heatmapgl'", refused.Fault!.Message, StringComparison.Ordinal);
        Assert.Equal([refused.Fault, thrown.Fault], guard.RecentFaults("fixture.throwing-visualization"));
        Assert.Equal(2, log.Entries.Count(e => e.Exception is not null && (string?)e.Properties["PluginId"] == "fixture.throwing-visualization"));
    }
}
