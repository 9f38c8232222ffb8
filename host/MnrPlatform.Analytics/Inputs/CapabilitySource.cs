namespace MnrPlatform.Analytics.Inputs;

/// <summary>How one capability's values were read from a round.</summary>
/// <param name="CapabilityCode">The capability.</param>
/// <param name="Source">The kind of answer the values come from.</param>
/// <param name="QuestionId">The question read; null when <see cref="Source"/> is <see cref="ProfileSource.None"/>.</param>
/// <param name="ValueCount">How many units have a value for the capability.</param>
public sealed record CapabilitySource(string CapabilityCode, ProfileSource Source, string? QuestionId, int ValueCount);
