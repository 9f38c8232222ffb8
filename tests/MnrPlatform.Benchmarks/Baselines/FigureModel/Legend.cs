// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>layout.legend</c>.</summary>
public sealed record Legend
{
    /// <summary>plotly <c>orientation</c>: <see cref="Orientation.Horizontal"/> lays entries out in a row.</summary>
    public Orientation? Orientation { get; init; }

    /// <summary>plotly <c>x</c> in normalised coordinates (0 left, 1 right; may go beyond).</summary>
    public double? X { get; init; }

    /// <summary>plotly <c>y</c> in normalised coordinates (0 bottom, 1 top; negative is below the plot).</summary>
    public double? Y { get; init; }

    /// <summary>plotly <c>xanchor</c>.</summary>
    public XAnchor? XAnchor { get; init; }

    /// <summary>plotly <c>yanchor</c>.</summary>
    public YAnchor? YAnchor { get; init; }

    /// <summary>plotly <c>title</c>, written as <c>{"text": …}</c>.</summary>
    public Title? Title { get; init; }

    /// <summary>plotly <c>font</c>.</summary>
    public Font? Font { get; init; }
}
