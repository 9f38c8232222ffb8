using MnrPlatform.Analytics.Clustering;

namespace MnrPlatform.Analytics.Runs;

/// <summary>How far two runs put the same units in the same clusters.</summary>
public static class RunComparison
{
    /// <summary>The adjusted Rand index over the units both runs clustered; null when fewer than two are common.</summary>
    /// <param name="first">One run.</param>
    /// <param name="second">The other run.</param>
    public static RunAgreement Agreement(ClusterRun first, ClusterRun second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var before = first.ClusterOfUnit();
        var after = second.ClusterOfUnit();
        var common = before.Keys.Where(after.ContainsKey).Order(StringComparer.Ordinal).ToList();
        if (common.Count < 2)
        {
            return new RunAgreement(null, common.Count);
        }

        var index = AdjustedRandIndex.Compute([.. common.Select(u => before[u])], [.. common.Select(u => after[u])]);
        return new RunAgreement(index, common.Count);
    }
}

/// <summary>The agreement of two runs.</summary>
/// <param name="AdjustedRandIndex">The ARI over the common units; null when fewer than two.</param>
/// <param name="CommonUnits">How many units both runs clustered.</param>
public sealed record RunAgreement(double? AdjustedRandIndex, int CommonUnits);
