namespace MnrPlatform.Analytics.Clustering;

/// <summary>A k-means partition.</summary>
/// <param name="Labels">Each point's cluster, 0..k−1.</param>
/// <param name="Inertia">The sum of squared distances from each point to its cluster's mean.</param>
public sealed record KMeansResult(IReadOnlyList<int> Labels, double Inertia);
