// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>A plotly <c>font</c> object.</summary>
public sealed record Font
{
    /// <summary>plotly <c>family</c>: a CSS font-family list.</summary>
    public string? Family { get; init; }

    /// <summary>plotly <c>size</c> in pixels.</summary>
    public double? Size { get; init; }

    /// <summary>plotly <c>color</c>: a CSS color.</summary>
    public string? Color { get; init; }
}
