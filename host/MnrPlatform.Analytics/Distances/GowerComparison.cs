namespace MnrPlatform.Analytics.Distances;

/// <summary>The outcome of comparing two profiles.</summary>
/// <param name="Distance">The domain-balanced Gower distance in 0..1; 1 when nothing was comparable.</param>
/// <param name="ComparableCount">How many capabilities both profiles have a value for.</param>
public readonly record struct GowerComparison(double Distance, int ComparableCount);
