// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>A plotly <c>bar</c> trace.</summary>
public sealed record BarTrace : Trace
{
    /// <summary>plotly <c>x</c>: categories (vertical bars) or lengths (horizontal bars).</summary>
    public IReadOnlyList<PlotValue>? X { get; init; }

    /// <summary>plotly <c>y</c>: lengths (vertical bars) or categories (horizontal bars).</summary>
    public IReadOnlyList<PlotValue>? Y { get; init; }

    /// <summary>plotly <c>orientation</c>: <see cref="Orientation.Horizontal"/> puts the categories on y.</summary>
    public Orientation? Orientation { get; init; }

    /// <summary>plotly <c>text</c>: one label for every bar or one per bar.</summary>
    public OneOrMany<string>? Text { get; init; }

    /// <summary>plotly <c>textposition</c>.</summary>
    public BarTextPosition? TextPosition { get; init; }

    /// <summary>plotly <c>texttemplate</c>, e.g. <c>%{y:.0f}</c>.</summary>
    public string? TextTemplate { get; init; }

    /// <summary>plotly <c>marker</c>: bar colors and outlines.</summary>
    public Marker? Marker { get; init; }
}
