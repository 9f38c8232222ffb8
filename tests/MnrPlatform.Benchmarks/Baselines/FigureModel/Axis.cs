// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>A plotly cartesian axis: <c>layout.xaxis</c> or <c>layout.yaxis</c>.</summary>
public sealed record Axis
{
    /// <summary>plotly <c>title</c>, written as <c>{"text": …}</c>.</summary>
    public Title? Title { get; init; }

    /// <summary>plotly <c>type</c>; plotly guesses it when unset.</summary>
    public AxisType? Type { get; init; }

    /// <summary>plotly <c>range</c>: the two ends, e.g. <c>[0, 100]</c> or two dates.</summary>
    public IReadOnlyList<PlotValue>? Range { get; init; }

    /// <summary>plotly <c>tickformat</c>: a d3-format (or date) string, e.g. <c>.1%</c>.</summary>
    public string? TickFormat { get; init; }

    /// <summary>plotly <c>ticksuffix</c>, e.g. <c>" %"</c>.</summary>
    public string? TickSuffix { get; init; }

    /// <summary>plotly <c>tickprefix</c>, e.g. <c>"€"</c>.</summary>
    public string? TickPrefix { get; init; }

    /// <summary>plotly <c>automargin</c>: grow the margin so long tick labels fit.</summary>
    public bool? AutoMargin { get; init; }

    /// <summary>plotly <c>categoryorder</c>.</summary>
    public CategoryOrder? CategoryOrder { get; init; }

    /// <summary>plotly <c>categoryarray</c>: the order used with <see cref="Figures.CategoryOrder.Array"/>.</summary>
    public IReadOnlyList<PlotValue>? CategoryArray { get; init; }

    /// <summary>plotly <c>showgrid</c>.</summary>
    public bool? ShowGrid { get; init; }

    /// <summary>plotly <c>zeroline</c>: draw a line at zero.</summary>
    public bool? ZeroLine { get; init; }

    /// <summary>plotly <c>visible</c>.</summary>
    public bool? Visible { get; init; }
}
