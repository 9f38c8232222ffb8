// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>marker</c>: bar fills, scatter symbols, choropleth region outlines.</summary>
public sealed record Marker
{
    /// <summary>plotly <c>color</c>: one CSS color, or one per point (<c>Color = ["#1f77b4", "#ff7f0e"]</c>).</summary>
    public OneOrMany<string>? Color { get; init; }

    /// <summary>plotly <c>size</c> in pixels (scatter): one for all points or one per point.</summary>
    public OneOrMany<double>? Size { get; init; }

    /// <summary>plotly <c>symbol</c> (scatter), e.g. <c>circle</c>, <c>square</c>, <c>diamond</c>.</summary>
    public string? Symbol { get; init; }

    /// <summary>plotly <c>opacity</c> from 0 to 1.</summary>
    public double? Opacity { get; init; }

    /// <summary>plotly <c>line</c>: the outline of each marker, bar or region.</summary>
    public MarkerLine? Line { get; init; }
}

/// <summary>plotly <c>marker.line</c>: the outline of markers, bars or choropleth regions.</summary>
public sealed record MarkerLine
{
    /// <summary>plotly <c>color</c>: one CSS color or one per point.</summary>
    public OneOrMany<string>? Color { get; init; }

    /// <summary>plotly <c>width</c> in pixels.</summary>
    public double? Width { get; init; }
}
