using System.Globalization;
using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Distances;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// Chooses k by the mean silhouette, on the domain-balanced Gower distance, of the ML.NET k-means
/// partition for k = 2..min(max, n / units per cluster), skipping any k that leaves a cluster below
/// the minimum size, and taking the smallest k within the tolerance of the best: a simpler partition
/// that is about as good. (ML.NET's own measures cannot choose k: the average distance always falls
/// with k, and Davies–Bouldin found a planted k far less often than the silhouette.)
/// </summary>
internal static class KSelection
{
    public static int[] Candidates(int unitCount, ClusterRunOptions options)
    {
        var largest = Math.Min(options.MaxClusters, unitCount / options.UnitsPerCluster);
        return largest < 2 ? [] : [.. Enumerable.Range(2, largest - 1)];
    }

    /// <summary>How k is chosen, in words, for the run record and its readers.</summary>
    public static string Describe(ClusterRunOptions options) => string.Create(
        CultureInfo.InvariantCulture,
        $"mean silhouette on the Gower distance of the k-means partition, k from 2 to min({options.MaxClusters}, units / {options.UnitsPerCluster}); the smallest admissible k within {options.SilhouetteTolerance:0.00} of the best; admissible: every cluster has at least {options.MinClusterSize} countries");

    /// <summary>
    /// k-means for every candidate k (in parallel: each fit has its own seeded contexts and one
    /// thread, so the results do not depend on scheduling).
    /// </summary>
    public static (KCandidate[] Candidates, CentroidPartition[] Fits, KMeansFit[] Models) Evaluate(
        KMeansPoints points, DistanceMatrix distances, int[] ks, ClusterRunOptions options)
    {
        var fits = new CentroidPartition[ks.Length];
        var models = new KMeansFit[ks.Length];
        var candidates = new KCandidate[ks.Length];
        Parallel.For(0, ks.Length, i =>
        {
            var fit = MlNetKMeans.FitWithModel(points, ks[i], options.KMeansSeeds, options.Seed);
            var partition = CentroidPartition.From(points.Values, fit.Result.Labels, ks[i]);
            var silhouette = Silhouette.Compute(distances.Values, distances.Count, partition.Labels).Mean;
            var smallest = partition.SmallestRequested;
            fits[i] = partition;
            models[i] = fit;
            candidates[i] = new KCandidate(ks[i], silhouette, smallest, smallest >= options.MinClusterSize);
        });
        return (candidates, fits, models);
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
