// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>layout.margin</c> in pixels.</summary>
public sealed record Margin
{
    /// <summary>plotly <c>l</c>: left.</summary>
    public int? L { get; init; }

    /// <summary>plotly <c>r</c>: right.</summary>
    public int? R { get; init; }

    /// <summary>plotly <c>t</c>: top.</summary>
    public int? T { get; init; }

    /// <summary>plotly <c>b</c>: bottom.</summary>
    public int? B { get; init; }

    /// <summary>plotly <c>pad</c>: between the plot area and the axis lines.</summary>
    public int? Pad { get; init; }
}
