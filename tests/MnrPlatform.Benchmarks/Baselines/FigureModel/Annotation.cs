// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>One entry of plotly <c>layout.annotations</c>: a text placed on the plot.</summary>
public sealed record Annotation
{
    /// <summary>plotly <c>text</c>.</summary>
    public string? Text { get; init; }

    /// <summary>plotly <c>x</c>: a data value or, with <see cref="XRef"/> <c>"paper"</c>, 0 to 1.</summary>
    public PlotValue? X { get; init; }

    /// <summary>plotly <c>y</c>: a data value or, with <see cref="YRef"/> <c>"paper"</c>, 0 to 1.</summary>
    public PlotValue? Y { get; init; }

    /// <summary>plotly <c>xref</c>: <c>"paper"</c>, an axis id such as <c>"x"</c>, or <c>"x domain"</c>.</summary>
    public string? XRef { get; init; }

    /// <summary>plotly <c>yref</c>: <c>"paper"</c>, an axis id such as <c>"y"</c>, or <c>"y domain"</c>.</summary>
    public string? YRef { get; init; }

    /// <summary>plotly <c>showarrow</c>; plotly draws an arrow unless this is <see langword="false"/>.</summary>
    public bool? ShowArrow { get; init; }

    /// <summary>plotly <c>xanchor</c>.</summary>
    public XAnchor? XAnchor { get; init; }

    /// <summary>plotly <c>yanchor</c>.</summary>
    public YAnchor? YAnchor { get; init; }

    /// <summary>plotly <c>font</c>.</summary>
    public Font? Font { get; init; }
}
