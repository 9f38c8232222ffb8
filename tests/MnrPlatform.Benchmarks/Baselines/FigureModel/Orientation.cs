using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>orientation</c> of a bar trace, a legend or a colorbar.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<Orientation>))]
public enum Orientation
{
    /// <summary><c>"v"</c>: vertical bars (categories on x) or a vertical legend.</summary>
    [JsonStringEnumMemberName("v")]
    Vertical,

    /// <summary><c>"h"</c>: horizontal bars (categories on y) or a horizontal legend.</summary>
    [JsonStringEnumMemberName("h")]
    Horizontal,
}
