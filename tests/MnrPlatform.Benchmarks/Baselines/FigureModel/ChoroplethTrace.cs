// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>A plotly <c>choropleth</c> trace: regions of a <see cref="Geo"/> map colored by value.</summary>
public sealed record ChoroplethTrace : Trace
{
    /// <summary>plotly <c>locations</c>: region codes, read as <see cref="LocationMode"/> says.</summary>
    public IReadOnlyList<string>? Locations { get; init; }

    /// <summary>plotly <c>z</c>: one value per location.</summary>
    public IReadOnlyList<double?>? Z { get; init; }

    /// <summary>plotly <c>locationmode</c>, e.g. <see cref="Figures.LocationMode.Iso3"/>.</summary>
    public LocationMode? LocationMode { get; init; }

    /// <summary>plotly <c>text</c>: one label for every region or one per region.</summary>
    public OneOrMany<string>? Text { get; init; }

    /// <summary>plotly <c>colorscale</c>: a name or explicit stops.</summary>
    public Colorscale? Colorscale { get; init; }

    /// <summary>plotly <c>zmin</c>: the value at the bottom of the scale.</summary>
    public double? ZMin { get; init; }

    /// <summary>plotly <c>zmax</c>: the value at the top of the scale.</summary>
    public double? ZMax { get; init; }

    /// <summary>plotly <c>colorbar</c>.</summary>
    public ColorBar? ColorBar { get; init; }

    /// <summary>plotly <c>showscale</c>: whether the colorbar is drawn.</summary>
    public bool? ShowScale { get; init; }

    /// <summary>plotly <c>marker</c>: region outlines (<c>marker.line</c>) and opacity.</summary>
    public Marker? Marker { get; init; }
}
