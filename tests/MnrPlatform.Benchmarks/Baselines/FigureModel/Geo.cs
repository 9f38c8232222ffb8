// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>layout.geo</c>: the map that choropleth traces draw on.</summary>
public sealed record Geo
{
    /// <summary>plotly <c>projection</c>.</summary>
    public GeoProjection? Projection { get; init; }

    /// <summary>plotly <c>scope</c>: the part of the world shown.</summary>
    public GeoScope? Scope { get; init; }

    /// <summary>plotly <c>resolution</c>: 1:110 million (the default) or 1:50 million.</summary>
    public GeoResolution? Resolution { get; init; }

    /// <summary>plotly <c>showframe</c>.</summary>
    public bool? ShowFrame { get; init; }

    /// <summary>plotly <c>showcoastlines</c>.</summary>
    public bool? ShowCoastlines { get; init; }

    /// <summary>plotly <c>showcountries</c>: draw country borders.</summary>
    public bool? ShowCountries { get; init; }

    /// <summary>plotly <c>showland</c>.</summary>
    public bool? ShowLand { get; init; }

    /// <summary>plotly <c>landcolor</c>: a CSS color.</summary>
    public string? LandColor { get; init; }

    /// <summary>plotly <c>bgcolor</c>: a CSS color.</summary>
    public string? BgColor { get; init; }
}

/// <summary>plotly <c>layout.geo.projection</c>.</summary>
public sealed record GeoProjection
{
    /// <summary>plotly <c>type</c>.</summary>
    public GeoProjectionType? Type { get; init; }

    /// <summary>plotly <c>scale</c>: zoom, 1 shows the whole scope.</summary>
    public double? Scale { get; init; }
}
