using System.Globalization;
using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Distances;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// The overall measures of a chosen k-means partition: silhouette, Davies–Bouldin on the exemplars,
/// agreement with PAM, with average linkage and with a previous run, and whether the structure is weak.
/// </summary>
internal static class RunQuality
{
    public static ClusterQuality Assess(
        ProfileSet profiles,
        ClusterRunOptions options,
        DistanceMatrix distances,
        CentroidPartition partition,
        SilhouetteResult silhouette,
        IReadOnlyList<int> pam,
        IReadOnlyList<int> hierarchical)
    {
        var labels = partition.Labels;
        var withPam = AdjustedRandIndex.Compute(labels, pam);
        var withTree = AdjustedRandIndex.Compute(labels, hierarchical);
        var (withPrevious, overlap) = AgreementWithPrevious(profiles, labels, options.PreviousClusters);
        var reasons = new List<string>();
        if (withPam < options.AgreementThreshold)
        {
            reasons.Add(Invariant($"k-means and PAM agree at ARI {withPam:0.00}, below {options.AgreementThreshold:0.00}"));
        }

        if (withTree < options.AgreementThreshold)
        {
            reasons.Add(Invariant($"k-means and average linkage agree at ARI {withTree:0.00}, below {options.AgreementThreshold:0.00}"));
        }

        if (silhouette.Mean < options.WeakSilhouetteThreshold)
        {
            reasons.Add(Invariant($"mean silhouette {silhouette.Mean:0.00} is below {options.WeakSilhouetteThreshold:0.00}"));
        }

        return new ClusterQuality(
            silhouette.Mean,
            DaviesBouldin.Compute(distances.Values, distances.Count, labels, partition.Exemplars),
            withPam,
            withTree,
            withPrevious,
            overlap,
            reasons.Count > 0,
            reasons);
    }

    private static (double? Agreement, int Overlap) AgreementWithPrevious(
        ProfileSet profiles, int[] labels, IReadOnlyDictionary<string, int>? previous)
    {
        if (previous is null)
        {
            return (null, 0);
        }

        var now = new List<int>();
        var before = new List<int>();
        for (var u = 0; u < profiles.Count; u++)
        {
            if (previous.TryGetValue(profiles.UnitCodes[u], out var cluster))
            {
                now.Add(labels[u]);
                before.Add(cluster);
            }
        }

        return (now.Count >= 2 ? AdjustedRandIndex.Compute(now, before) : null, now.Count);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
