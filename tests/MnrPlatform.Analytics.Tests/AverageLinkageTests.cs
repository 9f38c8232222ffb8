using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Distances;

namespace MnrPlatform.Analytics.Tests;

public sealed class AverageLinkageTests
{
    [Fact]
    public void Merges_cuts_and_leaf_order_match_the_hand_computation()
    {
        // Units 0..4 at 20, 0, 5, 1, 6. Merges: {1,3} at 1, {2,4} at 1, those two at (5+6+4+5)/4 = 5,
        // then unit 0 at (20+15+19+14)/4 = 17.
        var tree = AverageLinkage.Fit(Points.OnLine(20, 0, 5, 1, 6));

        Assert.Equal([1.0, 1.0, 5.0, 17.0], tree.Merges.Select(m => m.Height));
        Assert.Equal([0, 1, 3, 2, 4], tree.LeafOrder);
        Assert.Equal([0, 1, 2, 1, 2], tree.Cut(3));
        Assert.Equal([0, 1, 1, 1, 1], tree.Cut(2));
        Assert.Equal([0, 1, 2, 3, 4], tree.Cut(5));
    }

    [Fact]
    public void Heights_match_a_naive_average_linkage()
    {
        var random = new Random(9);
        var distances = Points.Euclidean([.. Enumerable.Range(0, 40).Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() })]);

        var tree = AverageLinkage.Fit(distances);

        Assert.Equal(NaiveHeights(distances), tree.Merges.Select(m => m.Height), (x, y) => Math.Abs(x - y) < 1e-9);
        Assert.Equal(Enumerable.Range(0, 40), tree.LeafOrder.Order());
    }

    // Repeatedly merges the two clusters with the smallest mean pairwise distance.
    private static List<double> NaiveHeights(DistanceMatrix distances)
    {
        var clusters = Enumerable.Range(0, distances.Count).Select(i => new List<int> { i }).ToList();
        var heights = new List<double>();
        while (clusters.Count > 1)
        {
            var (bestA, bestB, best) = (0, 1, double.PositiveInfinity);
            for (var a = 0; a < clusters.Count; a++)
            {
                for (var b = a + 1; b < clusters.Count; b++)
                {
                    var mean = clusters[a].SelectMany(i => clusters[b].Select(j => distances[i, j])).Average();
                    if (mean < best)
                    {
                        (bestA, bestB, best) = (a, b, mean);
                    }
                }
            }

            clusters[bestA].AddRange(clusters[bestB]);
            clusters.RemoveAt(bestB);
            heights.Add(best);
        }

        return heights;
    }
}
