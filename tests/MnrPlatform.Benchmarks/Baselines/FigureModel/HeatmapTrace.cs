// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>A plotly <c>heatmap</c> trace.</summary>
public sealed record HeatmapTrace : Trace
{
    /// <summary>plotly <c>z</c>: one row per y value, one column per x value; <see langword="null"/> is a gap.</summary>
    public IReadOnlyList<IReadOnlyList<double?>>? Z { get; init; }

    /// <summary>plotly <c>x</c>: the column labels.</summary>
    public IReadOnlyList<PlotValue>? X { get; init; }

    /// <summary>plotly <c>y</c>: the row labels.</summary>
    public IReadOnlyList<PlotValue>? Y { get; init; }

    /// <summary>plotly <c>colorscale</c>: a name or explicit stops.</summary>
    public Colorscale? Colorscale { get; init; }

    /// <summary>plotly <c>zmin</c>: the value at the bottom of the scale.</summary>
    public double? ZMin { get; init; }

    /// <summary>plotly <c>zmax</c>: the value at the top of the scale.</summary>
    public double? ZMax { get; init; }

    /// <summary>plotly <c>colorbar</c>.</summary>
    public ColorBar? ColorBar { get; init; }

    /// <summary>plotly <c>showscale</c>: whether the colorbar is drawn.</summary>
    public bool? ShowScale { get; init; }

    /// <summary>plotly <c>xgap</c>: pixels between columns.</summary>
    public double? XGap { get; init; }

    /// <summary>plotly <c>ygap</c>: pixels between rows.</summary>
    public double? YGap { get; init; }
}
