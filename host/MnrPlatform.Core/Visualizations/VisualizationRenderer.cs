using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Charts;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Core.Visualizations;

/// <summary>A visualization's figure, or why there is none.</summary>
/// <param name="Json">The checked figure JSON; null when the plugin failed or the figure was refused.</param>
/// <param name="Fault">The fault the guard recorded (a throw, or a refusal by <see cref="FigureCheck"/>); null when drawn.</param>
public sealed record VisualizationFigure(string? Json, PluginFault? Fault);

/// <summary>
/// Draws a plugin's visualization: calls its builder through the <see cref="PluginCallGuard"/>,
/// applies the platform's chart style, serializes the figure and runs <see cref="FigureCheck"/> on
/// it, all inside the guarded call, so a throw and a refusal alike are logged with the plugin id,
/// listed on the Plugins page and leave the page an error card in place of the figure.
/// </summary>
public sealed class VisualizationRenderer(PluginCallGuard guard)
{
    /// <summary>The figure of <paramref name="visualization"/> for <paramref name="input"/>.</summary>
    public VisualizationFigure Render(Owned<VisualizationInfo> visualization, VisualizationInput input)
    {
        ArgumentNullException.ThrowIfNull(visualization);
        ArgumentNullException.ThrowIfNull(input);
        var id = visualization.Item.Id;
        var result = guard.Run(visualization.PluginId, $"drawing visualization {id}", () =>
        {
            var chart = visualization.Item.Build(input) ?? throw new InvalidOperationException($"Visualization '{id}' returned no chart.");
            var json = FigureJson.Serialize(PlatformChartStyle.Apply(chart));
            FigureCheck.EnsureAllowed(id, json);
            return json;
        });
        return new VisualizationFigure(result.Value, result.Fault);
    }
}
