using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>xanchor</c>: which side of an element its <c>x</c> refers to.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<XAnchor>))]
public enum XAnchor
{
    /// <summary><c>"auto"</c>.</summary>
    Auto,

    /// <summary><c>"left"</c>.</summary>
    Left,

    /// <summary><c>"center"</c>.</summary>
    Center,

    /// <summary><c>"right"</c>.</summary>
    Right,
}

/// <summary>plotly <c>yanchor</c>: which side of an element its <c>y</c> refers to.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<YAnchor>))]
public enum YAnchor
{
    /// <summary><c>"auto"</c>.</summary>
    Auto,

    /// <summary><c>"top"</c>.</summary>
    Top,

    /// <summary><c>"middle"</c>.</summary>
    Middle,

    /// <summary><c>"bottom"</c>.</summary>
    Bottom,
}
