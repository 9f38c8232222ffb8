using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>layout.geo.projection.type</c> (a selection of plotly's projections).</summary>
[JsonConverter(typeof(PlotlyEnumConverter<GeoProjectionType>))]
public enum GeoProjectionType
{
    /// <summary><c>"equirectangular"</c>.</summary>
    Equirectangular,

    /// <summary><c>"mercator"</c>.</summary>
    Mercator,

    /// <summary><c>"orthographic"</c>: a globe.</summary>
    Orthographic,

    /// <summary><c>"natural earth"</c>.</summary>
    [JsonStringEnumMemberName("natural earth")]
    NaturalEarth,

    /// <summary><c>"robinson"</c>.</summary>
    Robinson,

    /// <summary><c>"miller"</c>.</summary>
    Miller,

    /// <summary><c>"winkel tripel"</c>.</summary>
    [JsonStringEnumMemberName("winkel tripel")]
    WinkelTripel,

    /// <summary><c>"azimuthal equal area"</c>, e.g. for Europe.</summary>
    [JsonStringEnumMemberName("azimuthal equal area")]
    AzimuthalEqualArea,

    /// <summary><c>"conic conformal"</c>.</summary>
    [JsonStringEnumMemberName("conic conformal")]
    ConicConformal,

    /// <summary><c>"albers usa"</c>: the USA with Alaska and Hawaii moved in.</summary>
    [JsonStringEnumMemberName("albers usa")]
    AlbersUsa,
}

/// <summary>plotly <c>layout.geo.scope</c>.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<GeoScope>))]
public enum GeoScope
{
    /// <summary><c>"world"</c>.</summary>
    World,

    /// <summary><c>"usa"</c>.</summary>
    Usa,

    /// <summary><c>"europe"</c>.</summary>
    Europe,

    /// <summary><c>"asia"</c>.</summary>
    Asia,

    /// <summary><c>"africa"</c>.</summary>
    Africa,

    /// <summary><c>"north america"</c>.</summary>
    [JsonStringEnumMemberName("north america")]
    NorthAmerica,

    /// <summary><c>"south america"</c>.</summary>
    [JsonStringEnumMemberName("south america")]
    SouthAmerica,
}

/// <summary>plotly <c>layout.geo.resolution</c>, written as the number 110 or 50.</summary>
public enum GeoResolution
{
    /// <summary><c>110</c>: 1:110,000,000, plotly's default.</summary>
    Coarse = 110,

    /// <summary><c>50</c>: 1:50,000,000, finer coastlines and borders.</summary>
    Fine = 50,
}
