namespace MnrPlatform.Sdk.Figures;

/// <summary>plotly <c>layout.margin</c> in pixels.</summary>
public sealed record Margin
{
    /// <summary>plotly <c>l</c>: left.</summary>
    public int? L { get; init; }

    /// <summary>plotly <c>r</c>: right.</summary>
    public int? R { get; init; }

    /// <summary>plotly <c>t</c>: top.</summary>
    public int? T { get; init; }

    /// <summary>plotly <c>b</c>: bottom.</summary>
    public int? B { get; init; }

    /// <summary>plotly <c>pad</c>: between the plot area and the axis lines.</summary>
    public int? Pad { get; init; }
}
