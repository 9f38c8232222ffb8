namespace MnrPlatform.Analytics.Clustering;

/// <summary>A k-means partition.</summary>
/// <param name="Labels">Each point's cluster, 0..k−1 (a cluster may be empty).</param>
/// <param name="Inertia">The within-cluster sum: squared distances from each point to its cluster's mean.</param>
public sealed record KMeansResult(IReadOnlyList<int> Labels, double Inertia);
