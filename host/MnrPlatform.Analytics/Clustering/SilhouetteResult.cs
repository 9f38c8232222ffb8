namespace MnrPlatform.Analytics.Clustering;

/// <summary>Silhouette widths of a partition.</summary>
/// <param name="PerUnit">Each unit's width in −1..1; negative means the unit sits closer to another cluster.</param>
/// <param name="PerCluster">Each cluster's mean width.</param>
/// <param name="Mean">The mean width over all units.</param>
public sealed record SilhouetteResult(IReadOnlyList<double> PerUnit, IReadOnlyList<double> PerCluster, double Mean);
