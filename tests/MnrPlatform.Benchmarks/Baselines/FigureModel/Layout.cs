using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>layout</c>: everything about a figure that is not a trace.</summary>
public sealed record Layout
{
    /// <summary>plotly <c>title</c>, written as <c>{"text": …}</c>; a string converts implicitly.</summary>
    public Title? Title { get; init; }

    /// <summary>plotly <c>xaxis</c>.</summary>
    public Axis? XAxis { get; init; }

    /// <summary>plotly <c>yaxis</c>.</summary>
    public Axis? YAxis { get; init; }

    /// <summary>plotly <c>barmode</c>.</summary>
    public BarMode? BarMode { get; init; }

    /// <summary>plotly <c>bargap</c>: gap between bars of neighbouring locations, 0 to 1.</summary>
    public double? BarGap { get; init; }

    /// <summary>plotly <c>showlegend</c>.</summary>
    public bool? ShowLegend { get; init; }

    /// <summary>plotly <c>legend</c>.</summary>
    public Legend? Legend { get; init; }

    /// <summary>plotly <c>annotations</c>.</summary>
    public IReadOnlyList<Annotation>? Annotations { get; init; }

    /// <summary>plotly <c>margin</c>.</summary>
    public Margin? Margin { get; init; }

    /// <summary>plotly <c>height</c> in pixels.</summary>
    public int? Height { get; init; }

    /// <summary>plotly <c>width</c> in pixels; leave unset with <see cref="Config.Responsive"/>.</summary>
    public int? Width { get; init; }

    /// <summary>plotly <c>polar</c>: the subplot for scatterpolar traces.</summary>
    public Polar? Polar { get; init; }

    /// <summary>plotly <c>geo</c>: the map for choropleth traces.</summary>
    public Geo? Geo { get; init; }

    /// <summary>plotly <c>font</c>: the default for all text.</summary>
    public Font? Font { get; init; }

    /// <summary>plotly <c>colorway</c>: the CSS colors traces take in turn.</summary>
    public IReadOnlyList<string>? Colorway { get; init; }

    /// <summary>plotly <c>paper_bgcolor</c>: the background of the whole figure.</summary>
    [JsonPropertyName("paper_bgcolor")]
    public string? PaperBgColor { get; init; }

    /// <summary>plotly <c>plot_bgcolor</c>: the background of the x/y plot area.</summary>
    [JsonPropertyName("plot_bgcolor")]
    public string? PlotBgColor { get; init; }
}
