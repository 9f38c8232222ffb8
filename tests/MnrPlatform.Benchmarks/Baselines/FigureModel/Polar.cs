using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>plotly <c>layout.polar</c>: the polar subplot that scatterpolar traces draw on.</summary>
public sealed record Polar
{
    /// <summary>plotly <c>radialaxis</c>.</summary>
    public RadialAxis? RadialAxis { get; init; }

    /// <summary>plotly <c>angularaxis</c>.</summary>
    public AngularAxis? AngularAxis { get; init; }

    /// <summary>plotly <c>bgcolor</c>: a CSS color.</summary>
    public string? BgColor { get; init; }

    /// <summary>plotly <c>hole</c>: the empty centre as a fraction of the radius.</summary>
    public double? Hole { get; init; }
}

/// <summary>plotly <c>layout.polar.radialaxis</c>.</summary>
public sealed record RadialAxis
{
    /// <summary>plotly <c>range</c>: the two ends, e.g. <c>[0, 5]</c>.</summary>
    public IReadOnlyList<double>? Range { get; init; }

    /// <summary>plotly <c>visible</c>.</summary>
    public bool? Visible { get; init; }

    /// <summary>plotly <c>showticklabels</c>.</summary>
    public bool? ShowTickLabels { get; init; }

    /// <summary>plotly <c>tickformat</c>.</summary>
    public string? TickFormat { get; init; }

    /// <summary>plotly <c>dtick</c>: the step between ticks, and so between rings (e.g. 1 for one ring per phase).</summary>
    public double? DTick { get; init; }

    /// <summary>plotly <c>ticksuffix</c>.</summary>
    public string? TickSuffix { get; init; }

    /// <summary>plotly <c>angle</c>: the direction, in degrees, the axis is drawn in.</summary>
    public double? Angle { get; init; }
}

/// <summary>plotly <c>layout.polar.angularaxis</c>.</summary>
public sealed record AngularAxis
{
    /// <summary>plotly <c>direction</c>.</summary>
    public AngularDirection? Direction { get; init; }

    /// <summary>plotly <c>rotation</c>: where the first angle sits, in degrees (90 is the top).</summary>
    public double? Rotation { get; init; }

    /// <summary>plotly <c>visible</c>.</summary>
    public bool? Visible { get; init; }

    /// <summary>plotly <c>showticklabels</c>.</summary>
    public bool? ShowTickLabels { get; init; }
}

/// <summary>plotly <c>angularaxis.direction</c>.</summary>
[JsonConverter(typeof(PlotlyEnumConverter<AngularDirection>))]
public enum AngularDirection
{
    /// <summary><c>"counterclockwise"</c>.</summary>
    CounterClockwise,

    /// <summary><c>"clockwise"</c>.</summary>
    Clockwise,
}
