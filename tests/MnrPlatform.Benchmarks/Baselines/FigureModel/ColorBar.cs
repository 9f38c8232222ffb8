// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>colorbar</c> of a heatmap or choropleth.</summary>
public sealed record ColorBar
{
    /// <summary>plotly <c>title</c>, written as <c>{"text": …}</c>.</summary>
    public Title? Title { get; init; }

    /// <summary>plotly <c>tickformat</c>: a d3-format string, e.g. <c>.0%</c>.</summary>
    public string? TickFormat { get; init; }

    /// <summary>plotly <c>ticksuffix</c>, e.g. <c>" t"</c>.</summary>
    public string? TickSuffix { get; init; }

    /// <summary>plotly <c>thickness</c> in pixels.</summary>
    public double? Thickness { get; init; }

    /// <summary>plotly <c>len</c>: length as a fraction of the plot area.</summary>
    public double? Len { get; init; }

    /// <summary>plotly <c>orientation</c>.</summary>
    public Orientation? Orientation { get; init; }
}
