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
        var means = CapabilityMeans(profiles);
        var scales = Scales(profiles.Framework);
        var columns = Enumerable.Range(0, means.Length).ToArray();
        return [.. Enumerable.Range(0, profiles.Count).Select(u => Point(profiles, u, columns, means, scales))];
    }

    /// <summary>Each capability's factor, √(its domain-balanced weight).</summary>
    /// <param name="framework">The capabilities.</param>
    internal static double[] Scales(CapabilityFramework framework) => [.. framework.BalancedWeights.Select(Math.Sqrt)];

    /// <summary>
    /// One unit as a k-means point: the value in <paramref name="columns"/>[i] of the set, or
    /// <paramref name="means"/>[i] when missing, times <paramref name="scales"/>[i]. The run and a
    /// stored model both read profiles through here, so they compute the same numbers.
    /// </summary>
    internal static double[] Point(ProfileSet profiles, int unit, int[] columns, IReadOnlyList<double> means, IReadOnlyList<double> scales)
    {
        var point = new double[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            point[i] = (profiles.ValueOf(unit, columns[i]) ?? means[i]) * scales[i];
        }

        return point;
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
