// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>A plotly <c>scatter</c> trace: lines, markers, text or areas on x/y axes.</summary>
public sealed record ScatterTrace : Trace
{
    /// <summary>plotly <c>x</c>.</summary>
    public IReadOnlyList<PlotValue>? X { get; init; }

    /// <summary>plotly <c>y</c>.</summary>
    public IReadOnlyList<PlotValue>? Y { get; init; }

    /// <summary>plotly <c>mode</c>, e.g. <c>ScatterMode.Lines | ScatterMode.Markers</c>.</summary>
    public ScatterMode? Mode { get; init; }

    /// <summary>plotly <c>text</c>: one label for every point or one per point.</summary>
    public OneOrMany<string>? Text { get; init; }

    /// <summary>plotly <c>marker</c>: size, color and symbol of the points.</summary>
    public Marker? Marker { get; init; }

    /// <summary>plotly <c>line</c>.</summary>
    public Line? Line { get; init; }

    /// <summary>plotly <c>fill</c>.</summary>
    public ScatterFill? Fill { get; init; }
}
