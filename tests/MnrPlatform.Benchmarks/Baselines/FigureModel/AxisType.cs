using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly axis <c>type</c>.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<AxisType>))]
public enum AxisType
{
    /// <summary><c>"-"</c>: let plotly guess from the data.</summary>
    [JsonStringEnumMemberName("-")]
    Auto,

    /// <summary><c>"linear"</c>.</summary>
    Linear,

    /// <summary><c>"log"</c>.</summary>
    Log,

    /// <summary><c>"date"</c>.</summary>
    Date,

    /// <summary><c>"category"</c>.</summary>
    Category,

    /// <summary><c>"multicategory"</c>.</summary>
    MultiCategory,
}
