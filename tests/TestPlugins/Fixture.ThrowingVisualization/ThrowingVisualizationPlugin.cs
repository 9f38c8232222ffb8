using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Visualizations;
using Chart = Plotly.NET.CSharp.Chart;

namespace MnrPlatform.TestPlugins;

/// <summary>A valid plugin with two broken visualizations: one throws, one draws a WebGL heatmap the host refuses.</summary>
public sealed class ThrowingVisualizationPlugin : IDomainPlugin
{
    private const string Indicator = "fixture-throwing-visualization.in-place.share";
    private static readonly string[] Columns = ["all"];
    private static readonly string[] Rows = ["share"];

    public void Configure(IDomainBuilder domain) =>
        FixtureContent.Register(domain, "fixture-throwing-visualization")
            .Visualization(new VisualizationInfo
            {
                Id = "fixture-throwing-visualization.throws",
                Title = "Fixture visualization that throws",
                Description = "Its builder throws.",
                IndicatorIds = [Indicator],
                Build = _ => throw new InvalidOperationException("The fixture visualization cannot draw."),
            })
            .Visualization(new VisualizationInfo
            {
                Id = "fixture-throwing-visualization.webgl",
                Title = "Fixture visualization in WebGL",
                Description = "Draws a heatmapgl, which the host refuses.",
                IndicatorIds = [Indicator],
                Build = input => Chart.Heatmap<double, string, string, string>(
                    zData: [[(double)(input.Indicator(Indicator).Overall?.Value ?? 0)]],
                    X: Columns,
                    Y: Rows,
                    UseWebGL: true,
                    UseDefaults: false),
            });
}
