using System.Globalization;
using System.Text.Json.Serialization;

// The SDK's hand-written plotly figure model before 2.0, kept only as FigureBenchmarks' baseline: not used by the product.
namespace MnrPlatform.Benchmarks.Baselines.FigureModel;

/// <summary>
/// One coordinate or category: a number or a string, as plotly accepts for <c>x</c>, <c>y</c>, <c>theta</c>,
/// axis ranges and annotation positions. Numbers, strings and dates convert implicitly, so
/// <c>X = ["2023", "2024"]</c> and <c>Y = [1.5, 2]</c> both work. The default value (and a non-finite
/// number) is written as <c>null</c>, which plotly draws as a gap.
/// </summary>
[JsonConverter(typeof(PlotValueConverter))]
public readonly record struct PlotValue
{
    private PlotValue(double? number, string? text)
    {
        Number = number;
        Text = text;
    }

    /// <summary>The number, when this value is one.</summary>
    public double? Number { get; }

    /// <summary>The string, when this value is one.</summary>
    public string? Text { get; }

    /// <summary>A numeric value.</summary>
    /// <param name="value">The number; NaN and infinities are written as <c>null</c>.</param>
    public static PlotValue FromDouble(double value) => new(value, null);

    /// <summary>A string value, e.g. a category or a date plotly should parse.</summary>
    /// <param name="value">The text; <see langword="null"/> is written as <c>null</c>.</param>
    public static PlotValue FromString(string? value) => new(null, value);

    /// <summary>A date, written as plotly's <c>yyyy-MM-dd</c>.</summary>
    /// <param name="value">The date.</param>
    public static PlotValue FromDateOnly(DateOnly value) =>
        new(null, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A date and time, written as plotly's <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    /// <param name="value">The date and time; its kind is ignored.</param>
    public static PlotValue FromDateTime(DateTime value) =>
        new(null, value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

    /// <summary>Converts a number (any integer type converts through <see cref="double"/>).</summary>
    /// <param name="value">The number.</param>
    public static implicit operator PlotValue(double value) => FromDouble(value);

    /// <summary>Converts a string.</summary>
    /// <param name="value">The text.</param>
    public static implicit operator PlotValue(string? value) => FromString(value);

    /// <summary>Converts a date.</summary>
    /// <param name="value">The date.</param>
    public static implicit operator PlotValue(DateOnly value) => FromDateOnly(value);

    /// <summary>Converts a date and time.</summary>
    /// <param name="value">The date and time.</param>
    public static implicit operator PlotValue(DateTime value) => FromDateTime(value);

    /// <summary>The value as plotly would show it, in the invariant culture.</summary>
    public override string ToString() => Number?.ToString(CultureInfo.InvariantCulture) ?? Text ?? "";
}
