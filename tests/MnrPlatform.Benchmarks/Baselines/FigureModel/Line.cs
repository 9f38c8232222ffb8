using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>line</c> of a scatter or scatterpolar trace.</summary>
public sealed record Line
{
    /// <summary>plotly <c>color</c>: a CSS color.</summary>
    public string? Color { get; init; }

    /// <summary>plotly <c>width</c> in pixels.</summary>
    public double? Width { get; init; }

    /// <summary>plotly <c>dash</c>.</summary>
    public LineDash? Dash { get; init; }

    /// <summary>plotly <c>shape</c>.</summary>
    public LineShape? Shape { get; init; }
}

/// <summary>plotly <c>line.dash</c>.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<LineDash>))]
public enum LineDash
{
    /// <summary><c>"solid"</c>.</summary>
    Solid,

    /// <summary><c>"dot"</c>.</summary>
    Dot,

    /// <summary><c>"dash"</c>.</summary>
    Dash,

    /// <summary><c>"longdash"</c>.</summary>
    LongDash,

    /// <summary><c>"dashdot"</c>.</summary>
    DashDot,

    /// <summary><c>"longdashdot"</c>.</summary>
    LongDashDot,
}

/// <summary>plotly <c>line.shape</c>: how points are joined.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<LineShape>))]
public enum LineShape
{
    /// <summary><c>"linear"</c>: straight segments.</summary>
    Linear,

    /// <summary><c>"spline"</c>: a smooth curve.</summary>
    Spline,

    /// <summary><c>"hv"</c>: steps, horizontal first.</summary>
    Hv,

    /// <summary><c>"vh"</c>: steps, vertical first.</summary>
    Vh,
}
