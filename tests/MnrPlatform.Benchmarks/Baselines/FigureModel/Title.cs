// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>
/// A plotly title object, written as <c>{"text": …}</c> (plotly v4+ no longer takes a bare string).
/// A string converts implicitly: <c>Title = "Emissions by sector"</c>.
/// </summary>
public sealed record Title
{
    /// <summary>plotly <c>text</c>: the title; may hold plotly's HTML subset (<c>&lt;br&gt;</c>, <c>&lt;b&gt;</c>).</summary>
    public string? Text { get; init; }

    /// <summary>plotly <c>font</c>.</summary>
    public Font? Font { get; init; }

    /// <summary>plotly <c>x</c>: horizontal position in normalised coordinates (layout titles only).</summary>
    public double? X { get; init; }

    /// <summary>plotly <c>xanchor</c> (layout titles only).</summary>
    public XAnchor? XAnchor { get; init; }

    /// <summary>A title with just its text.</summary>
    /// <param name="text">The title text.</param>
    public static Title FromString(string text) => new() { Text = text };

    /// <summary>Converts a string to a title with that text.</summary>
    /// <param name="text">The title text.</param>
    public static implicit operator Title(string text) => FromString(text);
}
