namespace MnrPlatform.Analytics.Runs;

/// <summary>Whether a run produced clusters, and if not, why.</summary>
public enum ClusterRunStatus
{
    /// <summary>Clusters were chosen and measured.</summary>
    Clustered,

    /// <summary>
    /// Too few units for any candidate k (k ≤ units / 10 leaves none from 2 up): no clusters are
    /// reported, only the map and the heatmap order.
    /// </summary>
    TooFewUnits,

    /// <summary>Every candidate k left a cluster below the minimum size.</summary>
    NoAdmissibleK,
}
