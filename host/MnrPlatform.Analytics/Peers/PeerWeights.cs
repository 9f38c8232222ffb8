namespace MnrPlatform.Analytics.Peers;

/// <summary>
/// The weights of the parts of a suggestion's score. Each part is in 0..1; the defaults sum to 1, so
/// scores are in 0..1 too. Context and gain lead; the bonuses are small tie-breakers.
/// </summary>
/// <param name="Context">Similarity on the other capabilities (1 − Gower distance without the requested one).</param>
/// <param name="Gain">How far the partner is ahead on the requested capability (value difference, 1/3 per phase).</param>
/// <param name="OtherGapsCovered">Share of the requester's other gaps where the partner is at least one phase ahead.</param>
/// <param name="Reciprocity">Share of the partner's gaps where the requester is at least one phase ahead.</param>
/// <param name="SameRegion">Bonus when both units are in the same region.</param>
/// <param name="SameIncomeGroup">Bonus when both units are in the same income group.</param>
/// <param name="SameStableCluster">Bonus when both units are in the same cluster and that cluster is stable.</param>
public sealed record PeerWeights(
    double Context = 0.35,
    double Gain = 0.25,
    double OtherGapsCovered = 0.15,
    double Reciprocity = 0.10,
    double SameRegion = 0.06,
    double SameIncomeGroup = 0.04,
    double SameStableCluster = 0.05);
