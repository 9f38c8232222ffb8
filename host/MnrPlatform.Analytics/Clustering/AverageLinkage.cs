using MnrPlatform.Analytics.Distances;

namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// Agglomerative clustering with average linkage (UPGMA), by the nearest-neighbour chain algorithm
/// (O(n²) time, valid because average linkage is reducible). Ties go to the previous cluster in the
/// chain, then to the lowest index, so the tree is deterministic.
/// </summary>
public static class AverageLinkage
{
    /// <summary>The name runs record for this algorithm.</summary>
    public const string Name = "average-linkage";

    /// <summary>The average-linkage dendrogram of the units.</summary>
    /// <param name="distances">The pairwise distances.</param>
    public static Dendrogram Fit(DistanceMatrix distances)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var n = distances.Count;
        if (n == 0)
        {
            return new Dendrogram(0, []);
        }

        var d = (double[])distances.Values.Clone();
        var active = Enumerable.Repeat(true, n).ToArray();
        var size = Enumerable.Repeat(1, n).ToArray();
        var chain = new List<int>(n);
        // Merges in the order the chain finds them, each naming one unit of either side.
        var found = new List<(int A, int B, double Height)>(n - 1);
        for (var remaining = n; remaining > 1; remaining--)
        {
            if (chain.Count == 0)
            {
                chain.Add(Array.IndexOf(active, true));
            }

            int a, b;
            while (true)
            {
                a = chain[^1];
                var previous = chain.Count > 1 ? chain[^2] : -1;
                b = Nearest(d, n, active, a, previous);
                if (b == previous)
                {
                    break;
                }

                chain.Add(b);
            }

            chain.RemoveRange(chain.Count - 2, 2);
            found.Add((a, b, d[(a * n) + b]));
            var kept = Math.Min(a, b);
            var gone = Math.Max(a, b);
            for (var j = 0; j < n; j++)
            {
                if (active[j] && j != a && j != b)
                {
                    var merged = ((size[a] * d[(a * n) + j]) + (size[b] * d[(b * n) + j])) / (size[a] + size[b]);
                    d[(kept * n) + j] = merged;
                    d[(j * n) + kept] = merged;
                }
            }

            size[kept] = size[a] + size[b];
            active[gone] = false;
        }

        return new Dendrogram(n, Label(n, found));
    }

    private static int Nearest(double[] d, int n, bool[] active, int a, int previous)
    {
        var best = previous;
        var bestDistance = previous >= 0 ? d[(a * n) + previous] : double.PositiveInfinity;
        var row = a * n;
        for (var j = 0; j < n; j++)
        {
            if (active[j] && j != a && d[row + j] < bestDistance)
            {
                best = j;
                bestDistance = d[row + j];
            }
        }

        return best;
    }

    // Sorts the merges by height (stable, so a child stays before a parent of equal height) and names
    // the nodes as the Dendrogram expects, like SciPy's linkage output.
    private static DendrogramMerge[] Label(int n, List<(int A, int B, double Height)> found)
    {
        var ordered = found.Select((merge, i) => (merge, i)).OrderBy(m => m.merge.Height).ThenBy(m => m.i).Select(m => m.merge).ToList();
        var parent = Enumerable.Range(0, (2 * n) - 1).ToArray();
        var lowestUnit = Enumerable.Range(0, (2 * n) - 1).ToArray();
        var size = Enumerable.Repeat(1, (2 * n) - 1).ToArray();
        var merges = new DendrogramMerge[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var x = Root(parent, ordered[i].A);
            var y = Root(parent, ordered[i].B);
            var (left, right) = lowestUnit[x] < lowestUnit[y] ? (x, y) : (y, x);
            var node = n + i;
            parent[x] = node;
            parent[y] = node;
            lowestUnit[node] = lowestUnit[left];
            size[node] = size[x] + size[y];
            merges[i] = new DendrogramMerge(left, right, ordered[i].Height, size[node]);
        }

        return merges;
    }

    private static int Root(int[] parent, int node)
    {
        while (parent[node] != node)
        {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }

        return node;
    }
}
