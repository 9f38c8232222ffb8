using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>locationmode</c> of a choropleth: how <c>locations</c> name regions.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<LocationMode>))]
public enum LocationMode
{
    /// <summary><c>"ISO-3"</c>: ISO 3166-1 alpha-3 country codes such as <c>DEU</c>.</summary>
    [JsonStringEnumMemberName("ISO-3")]
    Iso3,

    /// <summary><c>"USA-states"</c>: two-letter US state codes.</summary>
    [JsonStringEnumMemberName("USA-states")]
    UsaStates,

    /// <summary><c>"country names"</c>: English country names.</summary>
    [JsonStringEnumMemberName("country names")]
    CountryNames,

    /// <summary><c>"geojson-id"</c>: ids in the trace's GeoJSON.</summary>
    [JsonStringEnumMemberName("geojson-id")]
    GeoJsonId,
}
