using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Visualizations;

/// <summary>
/// The content rules of visualizations: what <see cref="DomainBuilder.Validate"/> adds to the other
/// content rules. One problem per line, each naming the visualization.
/// </summary>
public static class VisualizationRules
{
    /// <summary>Every rule <paramref name="visualizations"/> break against the plugin's indicators and charts.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<VisualizationInfo> visualizations, IReadOnlyList<IndicatorInfo> indicators, IReadOnlyList<ChartInfo> charts)
    {
        ArgumentNullException.ThrowIfNull(visualizations);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(charts);
        var problems = new List<string>();
        var indicatorIds = indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var seen = charts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var visualization in visualizations)
        {
            var id = visualization.Id;
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add("A visualization has no Id; give it a stable id unique across all plugins.");
                continue;
            }

            if (!seen.Add(id))
            {
                problems.Add($"Visualization '{id}': another chart or visualization of the plugin has the same id.");
            }

            if (visualization.IndicatorIds is not { Count: > 0 })
            {
                problems.Add($"Visualization '{id}': IndicatorIds is empty; declare the indicators its builder reads.");
            }
            else
            {
                problems.AddRange(visualization.IndicatorIds.Where(i => !indicatorIds.Contains(i))
                    .Select(i => $"Visualization '{id}': indicator '{i}' is not one of the plugin's indicators."));
            }

            if (visualization.Build is null)
            {
                problems.Add($"Visualization '{id}': Build is not set.");
            }
        }

        return problems;
    }
}
