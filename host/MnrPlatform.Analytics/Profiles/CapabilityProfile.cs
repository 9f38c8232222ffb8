namespace MnrPlatform.Analytics.Profiles;

/// <summary>One unit's capability values for a round: one value in 0..1 per capability, or null when missing.</summary>
/// <param name="UnitCode">The unit's code, e.g. the ISO3 code "KEN".</param>
/// <param name="Values">The values in the framework's capability order.</param>
public sealed record CapabilityProfile(string UnitCode, IReadOnlyList<double?> Values);
