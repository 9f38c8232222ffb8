// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>A plotly <c>scatterpolar</c> trace, e.g. a radar chart with <see cref="PolarFill.ToSelf"/>.</summary>
public sealed record ScatterPolarTrace : Trace
{
    /// <summary>plotly <c>r</c>: the radial coordinates.</summary>
    public IReadOnlyList<double?>? R { get; init; }

    /// <summary>plotly <c>theta</c>: angles in degrees or category names.</summary>
    public IReadOnlyList<PlotValue>? Theta { get; init; }

    /// <summary>plotly <c>mode</c>.</summary>
    public ScatterMode? Mode { get; init; }

    /// <summary>plotly <c>text</c>: one label for every point or one per point.</summary>
    public OneOrMany<string>? Text { get; init; }

    /// <summary>plotly <c>marker</c>.</summary>
    public Marker? Marker { get; init; }

    /// <summary>plotly <c>line</c>.</summary>
    public Line? Line { get; init; }

    /// <summary>plotly <c>fill</c>.</summary>
    public PolarFill? Fill { get; init; }
}
