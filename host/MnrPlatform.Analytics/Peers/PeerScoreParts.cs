namespace MnrPlatform.Analytics.Peers;

/// <summary>The parts a suggestion's score is made of, each with what the explanation quotes.</summary>
/// <param name="ContextSimilarity">1 − Gower distance over the other capabilities, 0..1 (0 when none is comparable).</param>
/// <param name="SimilarCapabilities">Other capabilities where the two are at most one phase apart (same answer for yes/no).</param>
/// <param name="ComparableCapabilities">Other capabilities both have a value for.</param>
/// <param name="Gain">Partner value − requester value on the requested capability, 0..1.</param>
/// <param name="PartnerPhase">The partner's phase (1..4) on the requested capability; for a yes/no capability 4 = in place, 1 = not.</param>
/// <param name="RequesterPhase">The requester's phase (1..4) on it.</param>
/// <param name="OtherGapsCovered">Share of the requester's other gaps the partner is at least one phase ahead on.</param>
/// <param name="CoveredGaps">Those capabilities' codes, in framework order.</param>
/// <param name="Reciprocity">Share of the partner's gaps the requester is at least one phase ahead on.</param>
/// <param name="ReciprocalCapabilities">Those capabilities' codes, in framework order.</param>
/// <param name="SameRegion">Both units are in the same (known) region.</param>
/// <param name="SameIncomeGroup">Both units are in the same (known) income group.</param>
/// <param name="SameStableCluster">Both units are in the same cluster and it is stable.</param>
public sealed record PeerScoreParts(
    double ContextSimilarity,
    int SimilarCapabilities,
    int ComparableCapabilities,
    double Gain,
    int PartnerPhase,
    int RequesterPhase,
    double OtherGapsCovered,
    IReadOnlyList<string> CoveredGaps,
    double Reciprocity,
    IReadOnlyList<string> ReciprocalCapabilities,
    bool SameRegion,
    bool SameIncomeGroup,
    bool SameStableCluster)
{
    /// <summary>The weighted sum of the parts.</summary>
    /// <param name="weights">The weights.</param>
    public double ScoreWith(PeerWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return (weights.Context * ContextSimilarity)
            + (weights.Gain * Gain)
            + (weights.OtherGapsCovered * OtherGapsCovered)
            + (weights.Reciprocity * Reciprocity)
            + (weights.SameRegion * Flag(SameRegion))
            + (weights.SameIncomeGroup * Flag(SameIncomeGroup))
            + (weights.SameStableCluster * Flag(SameStableCluster));
    }

    private static double Flag(bool value) => value ? 1.0 : 0.0;
}
