using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Distances;
using MnrPlatform.Analytics.Mapping;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Benchmarks.Baseline;

/// <summary>
/// The clustering run as it was before ML.NET, rebuilt from the module's public pieces as the
/// benchmarks' baseline: Gower distances, PAM with k = 2..min(8, n/10) by silhouette (the smallest k
/// within 0.02 of the best, clusters of at least 3), bootstrap stability B = 100, the hand-written
/// k-means++ (50 restarts) and average linkage as cross-checks, and the map. Only the medoid-based
/// Davies–Bouldin index and the result records are left out (both O(n·k), negligible).
/// </summary>
public static class LegacyEngine
{
    /// <summary>The old full run; returns the chosen partition's labels.</summary>
    public static IReadOnlyList<int> Run(ProfileSet profiles, int seed)
    {
        var distances = DistanceMatrix.Compute(profiles);
        var tree = AverageLinkage.Fit(distances);
        _ = ClassicalScaling.Compute(distances);
        var largest = Math.Min(8, profiles.Count / 10);
        if (largest < 2)
        {
            return [];
        }

        var ks = Enumerable.Range(2, largest - 1).ToArray();
        var fits = new KMedoidsResult[ks.Length];
        var silhouettes = new double[ks.Length];
        var admissible = new bool[ks.Length];
        Parallel.For(0, ks.Length, i =>
        {
            fits[i] = KMedoids.Fit(distances, ks[i]);
            silhouettes[i] = Silhouette.Compute(distances, fits[i].Labels).Mean;
            admissible[i] = fits[i].Labels.CountBy(label => label).Min(group => group.Value) >= 3;
        });
        var candidates = Enumerable.Range(0, ks.Length).Where(i => admissible[i]).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var best = candidates.Max(i => silhouettes[i]);
        var chosen = candidates.First(i => silhouettes[i] >= best - 0.02);
        var labels = fits[chosen].Labels;
        _ = Silhouette.Compute(distances, labels);
        _ = BootstrapStability.Compute(distances, labels, samples: 100, seed);
        var kMeans = LegacyKMeansPlusPlus.Fit(ScaledProfiles.From(profiles), ks[chosen], restarts: 50, seed);
        _ = AdjustedRandIndex.Compute(labels, kMeans.Labels);
        _ = AdjustedRandIndex.Compute(labels, tree.Cut(ks[chosen]));
        return labels;
    }

    /// <summary>The module's seed derivation (SplitMix64 finaliser), which is internal to it.</summary>
    internal static int Derive(int seed, int stream, int index)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ ((ulong)(uint)stream << 20) ^ (uint)index;
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
