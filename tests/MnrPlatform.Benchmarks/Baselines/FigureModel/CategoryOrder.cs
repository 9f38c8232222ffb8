using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly axis <c>categoryorder</c>.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<CategoryOrder>))]
public enum CategoryOrder
{
    /// <summary><c>"trace"</c>: the order the data gives.</summary>
    Trace,

    /// <summary><c>"category ascending"</c>: alphabetical.</summary>
    [JsonStringEnumMemberName("category ascending")]
    CategoryAscending,

    /// <summary><c>"category descending"</c>.</summary>
    [JsonStringEnumMemberName("category descending")]
    CategoryDescending,

    /// <summary><c>"array"</c>: the order of <see cref="Axis.CategoryArray"/>.</summary>
    Array,

    /// <summary><c>"total ascending"</c>: by the summed values, smallest first.</summary>
    [JsonStringEnumMemberName("total ascending")]
    TotalAscending,

    /// <summary><c>"total descending"</c>: by the summed values, largest first.</summary>
    [JsonStringEnumMemberName("total descending")]
    TotalDescending,
}
