using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Distances;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// Chooses k by PAM's mean silhouette over k = 2..min(max, n / units per cluster), skipping any k
/// that leaves a cluster below the minimum size, and taking the smallest k within the tolerance of
/// the best: a simpler partition that is about as good.
/// </summary>
internal static class KSelection
{
    public static int[] Candidates(int unitCount, ClusterRunOptions options)
    {
        var largest = Math.Min(options.MaxClusters, unitCount / options.UnitsPerCluster);
        return largest < 2 ? [] : [.. Enumerable.Range(2, largest - 1)];
    }

    /// <summary>PAM for every candidate k (in parallel: each fit is deterministic on its own).</summary>
    public static (KCandidate[] Candidates, KMedoidsResult[] Fits) Evaluate(DistanceMatrix distances, int[] ks, int minClusterSize)
    {
        var fits = new KMedoidsResult[ks.Length];
        var candidates = new KCandidate[ks.Length];
        Parallel.For(0, ks.Length, i =>
        {
            var fit = KMedoids.Fit(distances, ks[i]);
            var labels = fit.Labels.ToArray();
            var smallest = labels.CountBy(label => label).Min(group => group.Value);
            var silhouette = Silhouette.Compute(distances.Values, distances.Count, labels).Mean;
            fits[i] = fit;
            candidates[i] = new KCandidate(ks[i], silhouette, smallest, smallest >= minClusterSize);
        });
        return (candidates, fits);
    }

    /// <summary>The index of the chosen candidate, or −1 when none is admissible.</summary>
    public static int Choose(IReadOnlyList<KCandidate> candidates, double tolerance)
    {
        var admissible = candidates.Where(c => c.Admissible).ToList();
        if (admissible.Count == 0)
        {
            return -1;
        }

        var best = admissible.Max(c => c.MeanSilhouette);
        var chosen = admissible.Where(c => c.MeanSilhouette >= best - tolerance).MinBy(c => c.K)!;
        return candidates.ToList().IndexOf(chosen);
    }
}
