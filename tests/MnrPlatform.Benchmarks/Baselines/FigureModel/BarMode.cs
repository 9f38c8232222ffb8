using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>layout.barmode</c>: how bars at the same location are drawn.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<BarMode>))]
public enum BarMode
{
    /// <summary><c>"group"</c>: side by side.</summary>
    Group,

    /// <summary><c>"stack"</c>: stacked on top of each other.</summary>
    Stack,

    /// <summary><c>"relative"</c>: stacked, negatives below the axis and positives above.</summary>
    Relative,

    /// <summary><c>"overlay"</c>: on top of one another.</summary>
    Overlay,
}
