namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// The adjusted Rand index (Hubert and Arabie 1985) between two partitions of the same units:
/// 1 for identical partitions whatever the labels, about 0 for chance agreement, negative below it.
/// </summary>
public static class AdjustedRandIndex
{
    /// <summary>The ARI of two labelings of the same units (any integer labels).</summary>
    /// <param name="first">The first partition's label per unit.</param>
    /// <param name="second">The second partition's label per unit, same units and order.</param>
    public static double Compute(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new ArgumentException("Both partitions must label the same units.", nameof(second));
        }

        var pairs = new Dictionary<(int, int), int>();
        var rows = new Dictionary<int, int>();
        var columns = new Dictionary<int, int>();
        for (var i = 0; i < first.Count; i++)
        {
            Increment(pairs, (first[i], second[i]));
            Increment(rows, first[i]);
            Increment(columns, second[i]);
        }

        var index = pairs.Values.Sum(PairsOf);
        var rowPairs = rows.Values.Sum(PairsOf);
        var columnPairs = columns.Values.Sum(PairsOf);
        var expected = first.Count < 2 ? 0.0 : rowPairs * columnPairs / PairsOf(first.Count);
        var maximum = (rowPairs + columnPairs) / 2.0;
        // The denominator is 0 only when both partitions are all one cluster or all singletons: identical.
        return maximum - expected == 0 ? 1.0 : (index - expected) / (maximum - expected);
    }

    private static double PairsOf(int count) => count * (count - 1.0) / 2.0;

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
