namespace MnrPlatform.Sdk.Content;

/// <summary>
/// An indicator: <see cref="Numerator"/> countries over <see cref="Denominator"/> countries, times
/// <see cref="Factor"/>. The host always reports n and N beside the value.
/// </summary>
public sealed record IndicatorInfo
{
    /// <summary>Stable id, unique across all plugins.</summary>
    public required string Id { get; init; }

    /// <summary>The capability the indicator is about.</summary>
    public required string CapabilityCode { get; init; }

    /// <summary>Short name, e.g. "Child helpline in place".</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>What it measures, in a sentence.</summary>
    public required LocalizedText Measures { get; init; }

    /// <summary>The countries counted in the numerator.</summary>
    public required CountryRule Numerator { get; init; }

    /// <summary>The countries counted in the denominator (usually those that answered).</summary>
    public required CountryRule Denominator { get; init; }

    /// <summary>Multiplies n / N; 100 for a percentage (default).</summary>
    public decimal Factor { get; init; } = 100m;

    /// <summary>The unit of the value, e.g. "per cent" (default).</summary>
    public LocalizedText Unit { get; init; } = "per cent";

    /// <summary>The breakdowns the indicator may be shown by.</summary>
    public Breakdowns Breakdowns { get; init; } = Breakdowns.All;

    /// <summary>The indicator's metadata sheet.</summary>
    public required IndicatorMetadata Metadata { get; init; }
}

/// <summary>The metadata sheet published with an indicator.</summary>
/// <param name="Purpose">Why the indicator exists and what it is used for.</param>
/// <param name="Computation">How it is computed, in words.</param>
/// <param name="Limitations">What it does not tell, and how it can mislead.</param>
public sealed record IndicatorMetadata(LocalizedText Purpose, LocalizedText Computation, LocalizedText Limitations);
