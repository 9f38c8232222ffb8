namespace MnrPlatform.Analytics.Mapping;

/// <summary>A 2-D map of the units whose distances approximate the profile distances.</summary>
/// <param name="Points">One point per unit, in the distance matrix's order.</param>
/// <param name="ExplainedShare">
/// (λ1 + λ2) / (sum of the positive eigenvalues) of the double-centred squared distances: the share
/// of the spread the map shows. Negative eigenvalues (the part of a Gower distance that no Euclidean
/// space holds) are left out of the denominator. 0 when all units coincide.
/// </param>
/// <param name="LandmarkCount">0 for exact classical scaling; otherwise the number of landmarks used.</param>
public sealed record ProfileMap(IReadOnlyList<MapPoint> Points, double ExplainedShare, int LandmarkCount);
