using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>
/// One plotly trace (an entry of <c>data</c>). Serialised through this base type, each trace writes its
/// plotly <c>"type"</c> first and then all of its own attributes.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(BarTrace), "bar")]
[JsonDerivedType(typeof(ScatterTrace), "scatter")]
[JsonDerivedType(typeof(ScatterPolarTrace), "scatterpolar")]
[JsonDerivedType(typeof(HeatmapTrace), "heatmap")]
[JsonDerivedType(typeof(ChoroplethTrace), "choropleth")]
public abstract record Trace
{
    private protected Trace()
    {
    }

    /// <summary>plotly <c>name</c>: the legend entry and hover label.</summary>
    [JsonPropertyOrder(-10)]
    public string? Name { get; init; }

    /// <summary>plotly <c>showlegend</c>.</summary>
    [JsonPropertyOrder(-9)]
    public bool? ShowLegend { get; init; }

    /// <summary>plotly <c>legendgroup</c>: traces in one group toggle together.</summary>
    [JsonPropertyOrder(-8)]
    public string? LegendGroup { get; init; }

    /// <summary>plotly <c>hovertemplate</c>, e.g. <c>%{x}: %{y:.1f}&lt;extra&gt;&lt;/extra&gt;</c>.</summary>
    [JsonPropertyOrder(-7)]
    public string? HoverTemplate { get; init; }

    /// <summary>plotly <c>opacity</c> of the whole trace, from 0 to 1.</summary>
    [JsonPropertyOrder(-6)]
    public double? Opacity { get; init; }
}
