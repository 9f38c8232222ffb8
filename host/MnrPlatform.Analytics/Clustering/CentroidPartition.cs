namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// A k-means partition in canonical form: each cluster's exemplar is the member nearest its mean (the
/// first unit on ties), and clusters are numbered by their exemplar's unit index, so the numbering
/// depends on the partition only, not on the order ML.NET's centroids came out in. Empty clusters
/// are dropped.
/// </summary>
/// <param name="Labels">Each unit's cluster, 0..k−1 in exemplar order.</param>
/// <param name="Exemplars">Each cluster's exemplar unit, ascending.</param>
/// <param name="Sizes">Each cluster's number of units.</param>
/// <param name="SmallestRequested">The smallest cluster of the k requested, 0 when one came out empty.</param>
/// <param name="ClusterOfLabel">For each label given (0..k−1), its cluster here; −1 for a label whose cluster came out empty.</param>
internal sealed record CentroidPartition(int[] Labels, int[] Exemplars, int[] Sizes, int SmallestRequested, int[] ClusterOfLabel)
{
    public static CentroidPartition From(double[][] points, IReadOnlyList<int> labels, int k)
    {
        var means = MlNetKMeans.ClusterMeans(points, labels, k);
        var exemplars = Enumerable.Repeat(-1, k).ToArray();
        var nearest = Enumerable.Repeat(double.PositiveInfinity, k).ToArray();
        var sizes = new int[k];
        for (var i = 0; i < points.Length; i++)
        {
            var c = labels[i];
            sizes[c]++;
            var distance = MlNetKMeans.SquaredDistance(points[i], means[c]);
            if (distance < nearest[c])
            {
                (nearest[c], exemplars[c]) = (distance, i);
            }
        }

        var order = Enumerable.Range(0, k).Where(c => sizes[c] > 0).OrderBy(c => exemplars[c]).ToArray();
        var renumber = Enumerable.Repeat(-1, k).ToArray();
        for (var position = 0; position < order.Length; position++)
        {
            renumber[order[position]] = position;
        }

        return new CentroidPartition(
            [.. labels.Select(c => renumber[c])],
            [.. order.Select(c => exemplars[c])],
            [.. order.Select(c => sizes[c])],
            sizes.Min(),
            renumber);
    }
}
