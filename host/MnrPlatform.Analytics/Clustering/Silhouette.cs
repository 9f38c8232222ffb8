using MnrPlatform.Analytics.Distances;

namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// Silhouette widths (Rousseeuw 1987): s(i) = (b − a) / max(a, b), with a the mean distance from
/// unit i to the rest of its cluster and b the smallest mean distance to another cluster. A unit
/// alone in its cluster gets 0, as does every unit when there is a single cluster.
/// </summary>
public static class Silhouette
{
    /// <summary>The silhouette of a partition.</summary>
    /// <param name="distances">The pairwise distances.</param>
    /// <param name="labels">Each unit's cluster, 0..k−1.</param>
    public static SilhouetteResult Compute(DistanceMatrix distances, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(distances);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Count != distances.Count)
        {
            throw new ArgumentException("One label per unit is needed.", nameof(labels));
        }

        return Compute(distances.Values, distances.Count, [.. labels]);
    }

    internal static SilhouetteResult Compute(double[] d, int n, int[] labels)
    {
        var k = labels.Length == 0 ? 0 : labels.Max() + 1;
        var sizes = new int[k];
        foreach (var label in labels)
        {
            sizes[label]++;
        }

        var widths = new double[n];
        var sums = new double[k];
        for (var i = 0; i < n; i++)
        {
            var own = labels[i];
            if (k < 2 || sizes[own] < 2)
            {
                continue;
            }

            Array.Clear(sums);
            var row = i * n;
            for (var j = 0; j < n; j++)
            {
                sums[labels[j]] += d[row + j];
            }

            var a = sums[own] / (sizes[own] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++)
            {
                if (c != own && sizes[c] > 0)
                {
                    b = Math.Min(b, sums[c] / sizes[c]);
                }
            }

            var scale = Math.Max(a, b);
            widths[i] = scale > 0 ? (b - a) / scale : 0.0;
        }

        var perCluster = new double[k];
        for (var i = 0; i < n; i++)
        {
            perCluster[labels[i]] += widths[i];
        }

        for (var c = 0; c < k; c++)
        {
            perCluster[c] = sizes[c] > 0 ? perCluster[c] / sizes[c] : 0.0;
        }

        return new SilhouetteResult(widths, perCluster, n > 0 ? widths.Sum() / n : 0.0);
    }
}
