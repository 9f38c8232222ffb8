using MnrPlatform.Analytics.Distances;

namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// Cluster stability by bootstrap (Hennig 2007, as in fpc's clusterboot): draw the units with
/// replacement, recluster the draw by PAM with the same k, and for each original cluster take the
/// best Jaccard similarity with a cluster of the draw, over the drawn units; the stability is the
/// mean over draws. Units drawn more than once count once per copy, as clusterboot does. A draw
/// in which an original cluster has no unit says nothing about it and is left out of its mean.
/// Draws reuse the full distance matrix; each has its own seed derived from the run's seed, so the
/// draws may run in parallel and still give the same result.
/// </summary>
public static class BootstrapStability
{
    private const int Stream = 1;

    /// <summary>The mean bootstrap Jaccard of each cluster of a partition, 0..1.</summary>
    /// <param name="distances">The pairwise distances.</param>
    /// <param name="labels">Each unit's cluster, 0..k−1.</param>
    /// <param name="samples">The number of bootstrap draws, e.g. 100.</param>
    /// <param name="seed">The seed the draws derive from.</param>
    public static IReadOnlyList<double> Compute(DistanceMatrix distances, IReadOnlyList<int> labels, int samples, int seed)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        if (labels.Count != distances.Count)
        {
            throw new ArgumentException("One label per unit is needed.", nameof(labels));
        }

        var original = labels.ToArray();
        var k = original.Length == 0 ? 0 : original.Max() + 1;
        var best = new double[samples][];
        // Each worker keeps one matrix buffer for all its draws: a fresh n × n array per draw would
        // churn the large-object heap.
        Parallel.For(
            0,
            samples,
            () => new double[original.Length * original.Length],
            (b, _, buffer) =>
            {
                best[b] = BestJaccards(distances, original, k, SeedSequence.Derive(seed, Stream, b), buffer);
                return buffer;
            },
            _ => { });

        var stability = new double[k];
        for (var c = 0; c < k; c++)
        {
            var seen = best.Select(draw => draw[c]).Where(j => !double.IsNaN(j)).ToList();
            stability[c] = seen.Count > 0 ? seen.Average() : 0.0;
        }

        return stability;
    }

    private static double[] BestJaccards(DistanceMatrix distances, int[] original, int k, int seed, double[] buffer)
    {
        var n = original.Length;
        var random = new Random(seed);
        var copies = new int[n];
        for (var draw = 0; draw < n; draw++)
        {
            copies[random.Next(n)]++;
        }

        var drawn = Enumerable.Range(0, n).Where(u => copies[u] > 0).ToArray();
        var result = new double[k];
        if (drawn.Length < k)
        {
            Array.Fill(result, double.NaN);
            return result;
        }

        var weights = drawn.Select(u => (double)copies[u]).ToArray();
        distances.CopySubset(drawn, buffer);
        var labels = KMedoids.Fit(buffer, drawn.Length, weights, k).Labels;

        var overlap = new int[k, k];
        var originalSize = new int[k];
        var drawSize = new int[k];
        for (var a = 0; a < drawn.Length; a++)
        {
            var count = copies[drawn[a]];
            var c = original[drawn[a]];
            overlap[c, labels[a]] += count;
            originalSize[c] += count;
            drawSize[labels[a]] += count;
        }

        for (var c = 0; c < k; c++)
        {
            if (originalSize[c] == 0)
            {
                result[c] = double.NaN;
                continue;
            }

            for (var j = 0; j < k; j++)
            {
                var jaccard = (double)overlap[c, j] / (originalSize[c] + drawSize[j] - overlap[c, j]);
                result[c] = Math.Max(result[c], jaccard);
            }
        }

        return result;
    }
}
