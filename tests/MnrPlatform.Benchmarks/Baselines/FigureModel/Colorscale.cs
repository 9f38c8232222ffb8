using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>
/// A plotly colorscale: a named one (<c>Colorscale = "Blues"</c>, written as <c>"Blues"</c>) or explicit
/// stops from 0 to 1 (<c>Colorscale = [(0, "#f7fbff"), (1, "#08306b")]</c>, written as
/// <c>[[0,"#f7fbff"],[1,"#08306b"]]</c>).
/// </summary>
[JsonConverter(typeof(ColorscaleConverter))]
[CollectionBuilder(typeof(Colorscale), nameof(Create))]
public sealed class Colorscale
{
    private readonly (double Stop, string Color)[] _stops;

    private Colorscale(string? name, (double Stop, string Color)[] stops)
    {
        Name = name;
        _stops = stops;
    }

    /// <summary>The plotly name of a built-in scale, e.g. <c>Blues</c>; <see langword="null"/> for explicit stops.</summary>
    public string? Name { get; }

    /// <summary>The explicit stops, each a position from 0 to 1 and a CSS color; empty for a named scale.</summary>
    public IReadOnlyList<(double Stop, string Color)> Stops => _stops;

    /// <summary>plotly's <c>Blues</c>.</summary>
    public static Colorscale Blues { get; } = Named("Blues");

    /// <summary>plotly's <c>Reds</c>.</summary>
    public static Colorscale Reds { get; } = Named("Reds");

    /// <summary>plotly's <c>Greens</c>.</summary>
    public static Colorscale Greens { get; } = Named("Greens");

    /// <summary>plotly's <c>YlGnBu</c>.</summary>
    public static Colorscale YlGnBu { get; } = Named("YlGnBu");

    /// <summary>plotly's diverging <c>RdBu</c>.</summary>
    public static Colorscale RdBu { get; } = Named("RdBu");

    /// <summary>plotly's <c>Viridis</c>.</summary>
    public static Colorscale Viridis { get; } = Named("Viridis");

    /// <summary>A built-in scale by its plotly name.</summary>
    /// <param name="name">E.g. <c>Blues</c>, <c>Viridis</c>, <c>RdBu</c>.</param>
    public static Colorscale Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(name, []);
    }

    /// <summary>A scale from explicit stops; what a collection expression calls.</summary>
    /// <param name="stops">Positions from 0 to 1 with their colors, in ascending order.</param>
    public static Colorscale Create(ReadOnlySpan<(double Stop, string Color)> stops)
    {
        if (stops.Length < 2)
        {
            throw new ArgumentException("A colorscale needs at least two stops.", nameof(stops));
        }

        return new(null, stops.ToArray());
    }

    /// <summary>Converts a built-in scale's name.</summary>
    /// <param name="name">E.g. <c>Blues</c>.</param>
    public static implicit operator Colorscale(string name) => Named(name);

    /// <summary>Enumerates <see cref="Stops"/> (this also lets a collection expression build the type).</summary>
    public IEnumerator<(double Stop, string Color)> GetEnumerator() => ((IEnumerable<(double, string)>)_stops).GetEnumerator();
}
