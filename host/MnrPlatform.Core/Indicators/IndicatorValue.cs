namespace MnrPlatform.Core.Indicators;

/// <summary>An indicator computed over a set of countries: always with its numerator and denominator.</summary>
/// <param name="Numerator">n: countries counted by the numerator rule, among those of the denominator.</param>
/// <param name="Denominator">N: countries counted by the denominator rule.</param>
/// <param name="Value">n / N × factor; null when N is 0.</param>
public sealed record IndicatorValue(int Numerator, int Denominator, decimal? Value)
{
    /// <summary>The value rounded half up to a whole number, as published (83); null when there is none.</summary>
    public decimal? Rounded => Round(Value);

    /// <summary><see cref="Rounded"/> as text ("83"); empty when there is none.</summary>
    public string Display => Format(Value);

    /// <summary>A value rounded half up to a whole number; empty for none.</summary>
    internal static string Format(decimal? value) => Round(value)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, MidpointRounding.AwayFromZero) : null;
}
