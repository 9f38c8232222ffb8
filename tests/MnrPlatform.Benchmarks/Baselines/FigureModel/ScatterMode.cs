using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>
/// plotly <c>mode</c> of a scatter or scatterpolar trace: flags combined with <c>|</c>, written joined by
/// <c>+</c> (<c>ScatterMode.Lines | ScatterMode.Markers</c> becomes <c>"lines+markers"</c>).
/// </summary>
[Flags]
[JsonConverter(typeof(ScatterModeConverter))]
public enum ScatterMode
{
    /// <summary><c>"none"</c>: nothing drawn for the points (e.g. only a fill).</summary>
    None = 0,

    /// <summary><c>lines</c>: connect the points.</summary>
    Lines = 1,

    /// <summary><c>markers</c>: a marker at each point.</summary>
    Markers = 2,

    /// <summary><c>text</c>: the <c>text</c> at each point.</summary>
    Text = 4,
}
