using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>textposition</c> of a bar trace.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<BarTextPosition>))]
public enum BarTextPosition
{
    /// <summary><c>"auto"</c>: inside if it fits, else outside.</summary>
    Auto,

    /// <summary><c>"inside"</c>.</summary>
    Inside,

    /// <summary><c>"outside"</c>.</summary>
    Outside,

    /// <summary><c>"none"</c>: text only on hover.</summary>
    None,
}
