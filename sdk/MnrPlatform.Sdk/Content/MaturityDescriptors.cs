namespace MnrPlatform.Sdk.Content;

/// <summary>
/// What each of the four phases of the MNR Maturity Model looks like for one capability, from
/// phase 1 ("Building") to phase 4 ("Maturity"). Phase names are host configuration; these are
/// the capability-specific descriptions shown beside a phase question.
/// </summary>
/// <param name="Phase1">Phase 1, building: what a country starting out has.</param>
/// <param name="Phase2">Phase 2.</param>
/// <param name="Phase3">Phase 3.</param>
/// <param name="Phase4">Phase 4, maturity: what a country with a sustained, embedded capability has.</param>
public sealed record MaturityDescriptors(LocalizedText Phase1, LocalizedText Phase2, LocalizedText Phase3, LocalizedText Phase4)
{
    /// <summary>The number of phases in the Maturity Model.</summary>
    public const int PhaseCount = 4;

    /// <summary>The descriptor of <paramref name="phase"/> (1 to 4).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The phase is not 1 to 4.</exception>
    public LocalizedText this[int phase] => phase switch
    {
        1 => Phase1,
        2 => Phase2,
        3 => Phase3,
        4 => Phase4,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "The Maturity Model has phases 1 to 4."),
    };
}
