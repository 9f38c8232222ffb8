using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Tests;

/// <summary>A planted round split into the units a run clusters and the units held out of it, to place later.</summary>
/// <param name="Run">The units clustered.</param>
/// <param name="HeldOut">The units held out.</param>
/// <param name="PlantedGroup">Each unit's planted group, by unit code.</param>
internal sealed record HeldOutProfiles(ProfileSet Run, ProfileSet HeldOut, IReadOnlyDictionary<string, int> PlantedGroup)
{
    /// <summary>Four nudged groups over <paramref name="units"/> + <paramref name="heldOut"/> units; every <c>stride</c>-th unit is held out.</summary>
    public static HeldOutProfiles Nudged(int units, int heldOut, double missing, int seed)
    {
        var (all, planted) = SyntheticProfiles.Nudged(groups: 4, units + heldOut, nudged: 0.1, missing, seed);
        var stride = (units + heldOut) / heldOut;
        var held = Enumerable.Range(0, heldOut).Select(i => all.UnitCodes[i * stride]).ToHashSet(StringComparer.Ordinal);
        var groups = Enumerable.Range(0, all.Count).ToDictionary(u => all.UnitCodes[u], u => planted[u], StringComparer.Ordinal);
        return new(Subset(all, code => !held.Contains(code)), Subset(all, held.Contains), groups);
    }

    /// <summary>The units of a set that <paramref name="keep"/> accepts, with their values.</summary>
    public static ProfileSet Subset(ProfileSet set, Func<string, bool> keep) =>
        new(set.RoundLabel, set.Framework, Enumerable.Range(0, set.Count).Where(u => keep(set.UnitCodes[u])).Select(u => Profile(set, u)));

    /// <summary>A unit's profile as given to a set.</summary>
    public static CapabilityProfile Profile(ProfileSet set, int unit) =>
        new(set.UnitCodes[unit], [.. Enumerable.Range(0, set.Framework.Count).Select(c => set.ValueOf(unit, c))]);

    /// <summary>The run cluster whose centroid is nearest to a unit, measured as k-means measures (run means for missing values, domain scaling).</summary>
    public static int NearestCentroid(Runs.ClusterRun run, ProfileSet runSet, CapabilityProfile unit)
    {
        var means = ScaledProfiles.CapabilityMeans(runSet);
        var scale = runSet.Framework.BalancedWeights.Select(Math.Sqrt).ToArray();
        var point = unit.Values.Select((v, c) => (v ?? means[c]) * scale[c]).ToArray();
        return run.Clusters.MinBy(cluster => MlNetKMeans.SquaredDistance(point, [.. cluster.Centroid.Select((v, c) => v * scale[c])]))!.Id;
    }
}
