using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MnrPlatform.Sdk.Visualizations;

/// <summary>
/// The one check a plugin's figure passes before a page shows it; the host and the conformance kit
/// both run it on the figure JSON (see <c>FigureJson.Serialize</c>). A figure is refused when it
/// uses a trace type not on <see cref="AllowedTraceTypes"/> (the WebGL <c>*gl</c> types and the
/// tile maps <c>*mapbox</c>/<c>*map</c> draw blank in the platform's plotly.js 4.1.1), holds an
/// external URL anywhere (images, links, <c>topojsonURL</c>: pages load nothing from elsewhere), or
/// is larger than <see cref="MaxBytes"/>.
/// </summary>
public static partial class FigureCheck
{
    /// <summary>The largest figure JSON accepted, in UTF-8 bytes: 512 KB.</summary>
    public const int MaxBytes = 512 * 1024;

    /// <summary>The plotly trace types a figure may use (SVG-drawn, no tiles, no WebGL).</summary>
    public static IReadOnlySet<string> AllowedTraceTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "bar", "barpolar", "box", "choropleth", "contour", "funnel", "funnelarea", "heatmap", "histogram",
        "histogram2d", "histogram2dcontour", "icicle", "indicator", "pie", "sankey", "scatter", "scattergeo",
        "scatterpolar", "scatterternary", "sunburst", "table", "treemap", "violin", "waterfall",
    };

    /// <summary>
    /// Every reason to refuse <paramref name="figureJson"/>, one per line, each naming the
    /// visualization and what was wrong; empty when the figure may be shown.
    /// </summary>
    /// <param name="visualizationId">The visualization's id, for the messages.</param>
    /// <param name="figureJson">The figure as <c>{data, layout, config}</c> JSON.</param>
    public static IReadOnlyList<string> Problems(string visualizationId, string figureJson)
    {
        ArgumentNullException.ThrowIfNull(figureJson);
        var problems = new List<string>();
        var bytes = Encoding.UTF8.GetByteCount(figureJson);
        if (bytes > MaxBytes)
        {
            problems.Add($"Visualization '{visualizationId}': the figure is {bytes / 1024} KB, over the limit of {MaxBytes / 1024} KB; draw fewer points or aggregate them.");
            return problems;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(figureJson);
        }
        catch (JsonException e)
        {
            problems.Add($"Visualization '{visualizationId}': the figure is not valid JSON ({e.Message}).");
            return problems;
        }

        using (document)
        {
            CheckTraces(visualizationId, document.RootElement, problems);
            CheckUrls(visualizationId, document.RootElement, "", problems);
        }

        return problems;
    }

    /// <summary>Throws when <paramref name="figureJson"/> may not be shown (see <see cref="Problems"/>).</summary>
    /// <exception cref="VisualizationRefusedException">The figure breaks a rule; the message lists every problem, one per line.</exception>
    public static void EnsureAllowed(string visualizationId, string figureJson)
    {
        var problems = Problems(visualizationId, figureJson);
        if (problems.Count > 0)
        {
            throw new VisualizationRefusedException(visualizationId, problems);
        }
    }

    private static void CheckTraces(string id, JsonElement root, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"Visualization '{id}': the figure has no \"data\" array of traces.");
            return;
        }

        var index = 0;
        foreach (var trace in data.EnumerateArray())
        {
            // plotly draws a trace without a type as a scatter.
            var type = trace.ValueKind == JsonValueKind.Object && trace.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "scatter";
            if (!AllowedTraceTypes.Contains(type))
            {
                problems.Add($"Visualization '{id}': trace {index} has type '{type}', {Why(type)}");
            }

            index++;
        }
    }

    private static string Why(string type) =>
        type.EndsWith("gl", StringComparison.Ordinal) ? "a WebGL type that draws blank in the platform's plotly.js 4.1.1 (do not use UseWebGL); use its SVG type."
        : type.EndsWith("mapbox", StringComparison.Ordinal) || type.EndsWith("map", StringComparison.Ordinal) ? "a tile map that draws blank in the platform's plotly.js 4.1.1 and loads tiles from elsewhere; use choropleth or scattergeo."
        : $"which is not allowed; use one of {string.Join(", ", AllowedTraceTypes.Order(StringComparer.Ordinal))}.";

    private static void CheckUrls(string id, JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var at = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (string.Equals(property.Name, "topojsonURL", StringComparison.OrdinalIgnoreCase))
                    {
                        problems.Add($"Visualization '{id}': {at} is set; the host supplies the map topology itself, so leave it out.");
                        continue;
                    }

                    CheckUrls(id, property.Value, at, problems);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    CheckUrls(id, item, $"{path}[{i++}]", problems);
                }

                break;
            case JsonValueKind.String when ExternalUrl().Match(element.GetString()!) is { Success: true } match:
                problems.Add($"Visualization '{id}': {path} holds the external URL '{Shorten(match.Value)}'; pages load nothing from elsewhere, so embed the content or leave it out.");
                break;
        }
    }

    private static string Shorten(string url) => url.Length <= 80 ? url : $"{url[..77]}...";

    // A scheme followed by "//" (https://, ftp://), a protocol-relative "//host", or javascript:.
    [GeneratedRegex(@"(?i)(?:\b[a-z][a-z0-9+.\-]*:)?//[^\s""'<>]+|\bjavascript:[^\s""'<>]*", RegexOptions.CultureInvariant)]
    private static partial Regex ExternalUrl();
}
