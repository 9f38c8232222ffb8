namespace MnrPlatform.Analytics.Mapping;

/// <summary>A unit's position on the 2-D map.</summary>
/// <param name="X">The first coordinate (largest eigenvalue).</param>
/// <param name="Y">The second coordinate.</param>
public readonly record struct MapPoint(double X, double Y);
