namespace MnrPlatform.Analytics.Clustering;

/// <summary>A k-medoids partition.</summary>
/// <param name="Medoids">The unit index of each cluster's centre, ascending; cluster j is the one around Medoids[j].</param>
/// <param name="Labels">Each unit's cluster, 0..k−1.</param>
/// <param name="Cost">The sum of (weighted) distances from each unit to its medoid.</param>
public sealed record KMedoidsResult(IReadOnlyList<int> Medoids, IReadOnlyList<int> Labels, double Cost);
