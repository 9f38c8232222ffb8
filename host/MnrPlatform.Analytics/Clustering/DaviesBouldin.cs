namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// The Davies–Bouldin index on medoids, for partitions made with a distance rather than coordinates:
/// a cluster's scatter S is the mean distance of its units to its medoid, the separation of two
/// clusters M is the distance between their medoids, and the index is the mean over clusters of
/// max over other clusters of (S_i + S_j) / M_ij. Lower is better. Any representative unit per
/// cluster will do as its "medoid": runs pass each k-means cluster's exemplar.
/// </summary>
internal static class DaviesBouldin
{
    /// <summary>The index, or null when it is undefined (fewer than 2 clusters, or two medoids at distance 0).</summary>
    public static double? Compute(double[] d, int n, IReadOnlyList<int> labels, IReadOnlyList<int> medoids)
    {
        var k = medoids.Count;
        if (k < 2)
        {
            return null;
        }

        var scatter = new double[k];
        var sizes = new int[k];
        for (var o = 0; o < n; o++)
        {
            var c = labels[o];
            scatter[c] += d[(medoids[c] * n) + o];
            sizes[c]++;
        }

        for (var c = 0; c < k; c++)
        {
            scatter[c] /= Math.Max(1, sizes[c]);
        }

        var total = 0.0;
        for (var i = 0; i < k; i++)
        {
            var worst = 0.0;
            for (var j = 0; j < k; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var separation = d[(medoids[i] * n) + medoids[j]];
                if (separation <= 0)
                {
                    return null;
                }

                worst = Math.Max(worst, (scatter[i] + scatter[j]) / separation);
            }

            total += worst;
        }

        return total / k;
    }
}
