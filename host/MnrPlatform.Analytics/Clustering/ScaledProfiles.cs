using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// Profiles as points for k-means, which needs every coordinate. A missing value is imputed with the
/// mean of that capability over the units that have it (0 when no unit has it, which then adds
/// nothing to any distance). Each capability is then multiplied by the square root of its
/// domain-balanced weight, so squared Euclidean distance weighs domains equally, like the Gower distance.
/// </summary>
public static class ScaledProfiles
{
    /// <summary>One point per unit (in the set's order), one coordinate per capability.</summary>
    /// <param name="profiles">The profiles of a round.</param>
    public static double[][] From(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var capabilities = profiles.Framework.Count;
        var means = new double[capabilities];
        for (var c = 0; c < capabilities; c++)
        {
            var present = Enumerable.Range(0, profiles.Count).Select(u => profiles.ValueOf(u, c)).OfType<double>().ToList();
            means[c] = present.Count > 0 ? present.Average() : 0.0;
        }

        var scale = profiles.Framework.BalancedWeights.Select(Math.Sqrt).ToArray();
        var points = new double[profiles.Count][];
        for (var u = 0; u < profiles.Count; u++)
        {
            points[u] = new double[capabilities];
            for (var c = 0; c < capabilities; c++)
            {
                points[u][c] = (profiles.ValueOf(u, c) ?? means[c]) * scale[c];
            }
        }

        return points;
    }
}
