using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Distances;

namespace MnrPlatform.Analytics.Tests;

public sealed class KMedoidsTests
{
    [Fact]
    public void Two_groups_on_a_line_get_their_middle_points_as_medoids()
    {
        var result = KMedoids.Fit(Points.OnLine(0, 1, 2, 10, 11, 12), 2);

        Assert.Equal([1, 4], result.Medoids);
        Assert.Equal([0, 0, 0, 1, 1, 1], result.Labels);
        Assert.Equal(4.0, result.Cost, 12);
    }

    [Fact]
    public void Ties_go_to_the_lowest_index()
    {
        // Points 0, 2, 4, 6 with k = 2: every pair of medoids costs 4. BUILD takes index 1 (lowest of
        // the two central points), then index 2 (tied with 3 on gain); no swap improves.
        var result = KMedoids.Fit(Points.OnLine(0, 2, 4, 6), 2);

        Assert.Equal([1, 2], result.Medoids);
        Assert.Equal([0, 0, 1, 1], result.Labels);
        Assert.Equal(4.0, result.Cost, 12);
    }

    [Fact]
    public void Duplicates_go_to_the_lowest_medoid_and_medoids_keep_their_own_cluster()
    {
        var result = KMedoids.Fit(Points.OnLine(5, 5, 5, 5), 2);

        Assert.Equal([0, 1], result.Medoids);
        Assert.Equal([0, 1, 0, 0], result.Labels);
    }

    [Fact]
    public void Swap_ends_where_no_single_exchange_lowers_the_cost()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 20; trial++)
        {
            var distances = Points.Euclidean([.. Enumerable.Range(0, 25).Select(_ => new[] { random.NextDouble(), random.NextDouble() })]);
            var k = 2 + (trial % 4);

            var result = KMedoids.Fit(distances, k);

            Assert.Equal(Cost(distances, result.Medoids), result.Cost, 9);
            for (var slot = 0; slot < k; slot++)
            {
                for (var x = 0; x < distances.Count; x++)
                {
                    if (result.Medoids.Contains(x))
                    {
                        continue;
                    }

                    var swapped = result.Medoids.ToArray();
                    swapped[slot] = x;
                    Assert.True(Cost(distances, swapped) >= result.Cost - 1e-9);
                }
            }
        }
    }

    [Fact]
    public void Weighted_units_give_the_same_clusters_as_repeated_units()
    {
        // Unit weights 1, 3, 1, 2, 1 against the same matrix with the repeats written out.
        var points = new double[] { 0, 1, 4, 9, 10 };
        var weights = new double[] { 1, 3, 1, 2, 1 };
        var repeated = points.SelectMany((p, i) => Enumerable.Repeat(p, (int)weights[i])).ToArray();
        var distances = Points.OnLine(points);

        var weighted = KMedoids.Fit(distances.Values, points.Length, weights, 2);
        var expanded = KMedoids.Fit(Points.OnLine(repeated), 2);

        Assert.Equal(expanded.Cost, weighted.Cost, 12);
        Assert.Equal(expanded.Medoids.Select(m => repeated[m]), weighted.Medoids.Select(m => points[m]));
    }

    private static double Cost(DistanceMatrix distances, IReadOnlyList<int> medoids) =>
        Enumerable.Range(0, distances.Count).Sum(o => medoids.Min(m => distances[m, o]));
}
