using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>
/// The System.Text.Json settings that turn the figure model into plotly.js JSON: plotly's lowercase
/// attribute names, nulls left out, enums as plotly's strings, compact output. Letters outside ASCII are
/// written as they are; HTML-sensitive characters (<c>&lt; &gt; &amp; ' " +</c>) are escaped as <c>\uXXXX</c>,
/// so the JSON is safe inside an HTML attribute or a script element.
/// </summary>
public static class PlotlyJson
{
    /// <summary>Read-only serializer options for any part of the figure model (a figure, a trace, a layout).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises <paramref name="value"/> as compact plotly.js JSON.</summary>
    /// <typeparam name="T">The declared type; pass <see cref="Trace"/> to get the <c>"type"</c> of a trace.</typeparam>
    /// <param name="value">A figure or a part of one.</param>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = LowercaseNamingPolicy.Instance,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
