namespace MnrPlatform.Analytics.Runs;

/// <summary>How far two runs put the same units in the same clusters.</summary>
public static class RunComparison
{
    /// <summary>The adjusted Rand index over the units both runs clustered; null when fewer than two are common.</summary>
    /// <param name="first">One run.</param>
    /// <param name="second">The other run.</param>
    public static RunAgreement Agreement(ClusterRun first, ClusterRun second) => throw new NotImplementedException();
}

/// <summary>The agreement of two runs.</summary>
/// <param name="AdjustedRandIndex">The ARI over the common units; null when fewer than two.</param>
/// <param name="CommonUnits">How many units both runs clustered.</param>
public sealed record RunAgreement(double? AdjustedRandIndex, int CommonUnits);
