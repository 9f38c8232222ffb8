using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly's <c>config</c>, the third argument of <c>Plotly.newPlot</c> (these names are camelCase in plotly).</summary>
public sealed record Config
{
    /// <summary>plotly <c>responsive</c>: resize with the window.</summary>
    [JsonPropertyName("responsive")]
    public bool? Responsive { get; init; }

    /// <summary>plotly <c>displayModeBar</c>: <see langword="false"/> hides the toolbar, <see langword="true"/> always shows it.</summary>
    [JsonPropertyName("displayModeBar")]
    public bool? DisplayModeBar { get; init; }

    /// <summary>plotly <c>displaylogo</c>: the plotly logo in the toolbar.</summary>
    [JsonPropertyName("displaylogo")]
    public bool? DisplayLogo { get; init; }

    /// <summary>plotly <c>staticPlot</c>: no interaction at all.</summary>
    [JsonPropertyName("staticPlot")]
    public bool? StaticPlot { get; init; }

    /// <summary>plotly <c>scrollZoom</c>: zoom with the mouse wheel.</summary>
    [JsonPropertyName("scrollZoom")]
    public bool? ScrollZoom { get; init; }

    /// <summary>plotly <c>locale</c>, e.g. <c>de</c> (the page must load that plotly locale).</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }
}
