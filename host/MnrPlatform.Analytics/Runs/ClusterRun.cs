namespace MnrPlatform.Analytics.Runs;

/// <summary>The result of clustering one round's profiles, with everything needed to repeat and judge it.</summary>
/// <param name="Inputs">What the run was computed from and with.</param>
/// <param name="Status">Whether clusters were made.</param>
/// <param name="Candidates">The k values tried, with their mean silhouette.</param>
/// <param name="Clusters">The chosen clusters; empty when none were made.</param>
/// <param name="Units">Each unit's cluster, silhouette and map position, by unit code.</param>
/// <param name="Quality">Overall measures of the partition; null when no clusters were made.</param>
/// <param name="Map">The 2-D map's quality (positions are on <see cref="Units"/>).</param>
/// <param name="HeatmapOrder">Unit codes in average-linkage leaf order, for heatmap rows.</param>
public sealed record ClusterRun(
    ClusterRunInputs Inputs,
    ClusterRunStatus Status,
    IReadOnlyList<KCandidate> Candidates,
    IReadOnlyList<ClusterSummary> Clusters,
    IReadOnlyList<UnitPlacement> Units,
    ClusterQuality? Quality,
    MapSummary Map,
    IReadOnlyList<string> HeatmapOrder)
{
    /// <summary>Each unit's cluster in this run, for agreement with a later run.</summary>
    public IReadOnlyDictionary<string, int> ClusterOfUnit() =>
        Units.Where(u => u.Cluster is not null).ToDictionary(u => u.UnitCode, u => u.Cluster!.Value, StringComparer.Ordinal);
}

/// <summary>One k tried.</summary>
/// <param name="K">The number of clusters.</param>
/// <param name="MeanSilhouette">The mean silhouette (Gower distance) of the k-means partition.</param>
/// <param name="SmallestCluster">The size of its smallest cluster.</param>
/// <param name="Admissible">Whether every cluster reaches the minimum size.</param>
public sealed record KCandidate(int K, double MeanSilhouette, int SmallestCluster, bool Admissible);

/// <summary>One cluster of the chosen partition.</summary>
/// <param name="Id">The cluster number, 0..k−1, in order of the exemplar's unit code.</param>
/// <param name="ExemplarUnit">The exemplar: the member nearest the centroid (in the scaled k-means space).</param>
/// <param name="Size">The number of units.</param>
/// <param name="Silhouette">The mean silhouette of its units.</param>
/// <param name="Stability">The mean bootstrap Jaccard.</param>
/// <param name="Stable">Whether the stability reaches the threshold; unstable clusters are not used for suggestions.</param>
/// <param name="Centroid">The members' mean value per capability (0..1, in framework order), missing values replaced by the capability's mean.</param>
public sealed record ClusterSummary(
    int Id, string ExemplarUnit, int Size, double Silhouette, double Stability, bool Stable, IReadOnlyList<double> Centroid);

/// <summary>One unit's place in the run.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Cluster">Its cluster, or null when no clusters were made.</param>
/// <param name="Silhouette">Its silhouette width, or null when no clusters were made.</param>
/// <param name="NegativeSilhouette">Whether it sits closer to another cluster than to its own.</param>
/// <param name="MapX">Its first map coordinate.</param>
/// <param name="MapY">Its second map coordinate.</param>
public sealed record UnitPlacement(string UnitCode, int? Cluster, double? Silhouette, bool NegativeSilhouette, double MapX, double MapY);

/// <summary>Overall measures of the chosen partition.</summary>
/// <param name="MeanSilhouette">The mean silhouette over all units.</param>
/// <param name="DaviesBouldin">The exemplar-based Davies–Bouldin index on the Gower distance (lower is better); null when undefined.</param>
/// <param name="AgreementWithPam">ARI between the k-means partition and PAM on the Gower distance with the same k.</param>
/// <param name="AgreementWithHierarchical">ARI between the k-means partition and the average-linkage tree cut at the same k.</param>
/// <param name="AgreementWithPrevious">ARI with the previous run over the units in both; null without one.</param>
/// <param name="UnitsInPrevious">How many units the previous-run comparison covered.</param>
/// <param name="WeakStructure">Whether the clusters should be read as weak structure.</param>
/// <param name="WeakStructureReasons">Why, in words; empty when the structure is not weak.</param>
public sealed record ClusterQuality(
    double MeanSilhouette,
    double? DaviesBouldin,
    double AgreementWithPam,
    double AgreementWithHierarchical,
    double? AgreementWithPrevious,
    int UnitsInPrevious,
    bool WeakStructure,
    IReadOnlyList<string> WeakStructureReasons);

/// <summary>How well the 2-D map shows the distances.</summary>
/// <param name="ExplainedShare">The share of positive eigenvalue mass in the first two dimensions.</param>
/// <param name="LandmarkCount">0 for exact scaling; otherwise the landmarks used.</param>
public sealed record MapSummary(double ExplainedShare, int LandmarkCount);
