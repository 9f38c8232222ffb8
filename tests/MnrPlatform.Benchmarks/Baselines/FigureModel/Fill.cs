using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>fill</c> of a scatter trace.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<ScatterFill>))]
public enum ScatterFill
{
    /// <summary><c>"none"</c>.</summary>
    None,

    /// <summary><c>"tozeroy"</c>: down to y = 0 (an area chart).</summary>
    ToZeroY,

    /// <summary><c>"tozerox"</c>: across to x = 0.</summary>
    ToZeroX,

    /// <summary><c>"tonexty"</c>: down to the previous trace (stacked areas).</summary>
    ToNextY,

    /// <summary><c>"tonextx"</c>: across to the previous trace.</summary>
    ToNextX,

    /// <summary><c>"toself"</c>: the closed shape the points make.</summary>
    ToSelf,

    /// <summary><c>"tonext"</c>: to the previous trace's closed shape.</summary>
    ToNext,
}

/// <summary>plotly <c>fill</c> of a scatterpolar trace (plotly allows only these three there).</summary>
[JsonConverter(typeof(PlotlyEnumConverter<PolarFill>))]
public enum PolarFill
{
    /// <summary><c>"none"</c>.</summary>
    None,

    /// <summary><c>"toself"</c>: fill the polygon (a radar chart).</summary>
    ToSelf,

    /// <summary><c>"tonext"</c>: fill to the previous trace.</summary>
    ToNext,
}
