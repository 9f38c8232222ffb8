namespace MnrPlatform.Analytics.Clustering;

/// <summary>A binary merge tree over units, merges in increasing height.</summary>
public sealed class Dendrogram
{
    internal Dendrogram(int unitCount, IReadOnlyList<DendrogramMerge> merges)
    {
        UnitCount = unitCount;
        Merges = merges;
        LeafOrder = OrderLeaves();
    }

    /// <summary>The number of units (leaves).</summary>
    public int UnitCount { get; }

    /// <summary>The n − 1 merges, lowest first.</summary>
    public IReadOnlyList<DendrogramMerge> Merges { get; }

    /// <summary>
    /// The units in the order a drawn dendrogram shows them, the child with the lower unit index
    /// first at every node: similar units sit next to each other, which suits heatmap rows.
    /// </summary>
    public IReadOnlyList<int> LeafOrder { get; }

    /// <summary>
    /// Cuts the tree into <paramref name="k"/> clusters by undoing the k − 1 highest merges. Clusters
    /// are numbered by their lowest unit index.
    /// </summary>
    /// <param name="k">The number of clusters, 1..number of units.</param>
    public IReadOnlyList<int> Cut(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, UnitCount);
        var parent = Enumerable.Range(0, (2 * UnitCount) - 1).ToArray();
        for (var i = 0; i < UnitCount - k; i++)
        {
            parent[Merges[i].Left] = UnitCount + i;
            parent[Merges[i].Right] = UnitCount + i;
        }

        var labels = new int[UnitCount];
        var numbers = new Dictionary<int, int>();
        for (var unit = 0; unit < UnitCount; unit++)
        {
            var root = unit;
            while (parent[root] != root)
            {
                root = parent[root];
            }

            if (!numbers.TryGetValue(root, out var label))
            {
                label = numbers.Count;
                numbers[root] = label;
            }

            labels[unit] = label;
        }

        return labels;
    }

    private int[] OrderLeaves()
    {
        if (UnitCount == 0)
        {
            return [];
        }

        var order = new List<int>(UnitCount);
        var pending = new Stack<int>();
        pending.Push((2 * UnitCount) - 2);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node < UnitCount)
            {
                order.Add(node);
                continue;
            }

            var merge = Merges[node - UnitCount];
            pending.Push(merge.Right);
            pending.Push(merge.Left);
        }

        return [.. order];
    }
}
