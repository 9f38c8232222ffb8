using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// Profiles as points for k-means, which needs every coordinate. A missing value is replaced by the
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
        var imputed = Imputed(profiles);
        var scale = profiles.Framework.BalancedWeights.Select(Math.Sqrt).ToArray();
        return [.. imputed.Select(row => row.Select((value, c) => value * scale[c]).ToArray())];
    }

    /// <summary>Each unit's values in 0..1 with every missing value replaced by its capability's mean.</summary>
    /// <param name="profiles">The profiles of a round.</param>
    public static double[][] Imputed(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var means = CapabilityMeans(profiles);
        return [.. Enumerable.Range(0, profiles.Count).Select(u => Enumerable.Range(0, means.Length)
            .Select(c => profiles.ValueOf(u, c) ?? means[c])
            .ToArray())];
    }

    /// <summary>Each capability's mean over the units that have a value; 0 when none has.</summary>
    /// <param name="profiles">The profiles of a round.</param>
    public static double[] CapabilityMeans(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var means = new double[profiles.Framework.Count];
        for (var c = 0; c < means.Length; c++)
        {
            var present = Enumerable.Range(0, profiles.Count).Select(u => profiles.ValueOf(u, c)).OfType<double>().ToList();
            means[c] = present.Count > 0 ? present.Average() : 0.0;
        }

        return means;
    }
}
