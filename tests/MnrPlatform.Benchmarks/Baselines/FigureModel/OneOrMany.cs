using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>
/// A plotly attribute that takes either one value for every point or an array with a value per point,
/// such as <c>marker.color</c> or <c>text</c>. Set it from a single value (<c>Color = "#1f77b4"</c>) or
/// from a collection expression (<c>Color = ["red", "blue"]</c>).
/// </summary>
/// <typeparam name="T">The value type, e.g. <see cref="string"/> or <see cref="double"/>.</typeparam>
[JsonConverter(typeof(OneOrManyConverterFactory))]
[CollectionBuilder(typeof(OneOrMany), nameof(OneOrMany.Create))]
public sealed class OneOrMany<T>
{
    private readonly T[] _values;

    internal OneOrMany(T[] values, bool isSingle)
    {
        _values = values;
        IsSingle = isSingle;
    }

    /// <summary>Whether this is one value for every point (written as a scalar) rather than an array.</summary>
    public bool IsSingle { get; }

    /// <summary>The values: exactly one when <see cref="IsSingle"/>.</summary>
    public IReadOnlyList<T> Values => _values;

    /// <summary>One value for every point.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator OneOrMany<T>(T value) => new([value], isSingle: true);

    /// <summary>A value per point.</summary>
    /// <param name="values">The values, copied.</param>
    public static implicit operator OneOrMany<T>(T[] values) => new([.. values], isSingle: false);

    /// <summary>Enumerates <see cref="Values"/> (this also lets a collection expression build the type).</summary>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_values).GetEnumerator();
}

/// <summary>Builds <see cref="OneOrMany{T}"/> values.</summary>
public static class OneOrMany
{
    /// <summary>One value for every point.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    public static OneOrMany<T> One<T>(T value) => new([value], isSingle: true);

    /// <summary>A value per point, from any sequence.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="values">The values, copied.</param>
    public static OneOrMany<T> Many<T>(IEnumerable<T> values) => new([.. values], isSingle: false);

    /// <summary>A value per point; what a collection expression calls.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="values">The values, copied.</param>
    public static OneOrMany<T> Create<T>(ReadOnlySpan<T> values) => new(values.ToArray(), isSingle: false);
}
