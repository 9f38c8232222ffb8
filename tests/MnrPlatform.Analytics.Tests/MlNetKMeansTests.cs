using MnrPlatform.Analytics.Clustering;

namespace MnrPlatform.Analytics.Tests;

public sealed class MlNetKMeansTests
{
    [Fact]
    public void Separated_blobs_are_found_and_the_same_seed_gives_the_same_result()
    {
        var (points, truth) = Blobs(60, seed: 1);

        var first = MlNetKMeans.Fit(KMeansPoints.From(points), 3, seeds: 10, seed: 8);
        var second = MlNetKMeans.Fit(KMeansPoints.From(points), 3, seeds: 10, seed: 8);

        Assert.Equal(1.0, AdjustedRandIndex.Compute(first.Labels, truth), 12);
        Assert.Equal(first.Labels, second.Labels);
        Assert.Equal(first.Inertia, second.Inertia);
    }

    [Fact]
    public void The_best_of_several_seeds_is_never_worse_than_the_first_seed_alone()
    {
        var random = new Random(3);
        var points = Enumerable.Range(0, 150).Select(_ => new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() }).ToArray();
        var loaded = KMeansPoints.From(points);

        var one = MlNetKMeans.Fit(loaded, 6, seeds: 1, seed: 5);
        var ten = MlNetKMeans.Fit(loaded, 6, seeds: 10, seed: 5);

        Assert.True(ten.Inertia <= one.Inertia, $"best of 10: {ten.Inertia}, first seed: {one.Inertia}");
        Assert.Equal(MlNetKMeans.WithinClusterSum(points, ten.Labels, 6), ten.Inertia, 12);
    }

    [Fact]
    public void A_missing_coordinate_is_refused_with_its_point_and_coordinate_named()
    {
        double[][] points = [[0.1, 0.2], [0.3, double.NaN], [0.5, 0.6]];

        var error = Assert.Throws<ArgumentException>(() => KMeansPoints.From(points));

        Assert.Contains("Point 1, coordinate 1 is NaN", error.Message, StringComparison.Ordinal);
        Assert.Contains("replace missing values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_names_the_ml_net_package_version()
    {
        Assert.Equal("Microsoft.ML 6.0.0 KMeansTrainer", MlNetKMeans.Engine);
    }

    private static (double[][] Points, int[] Truth) Blobs(int count, int seed)
    {
        var random = new Random(seed);
        var points = Enumerable.Range(0, count)
            .Select(i => new[] { (i % 3 * 10) + random.NextDouble(), (i % 3 * 5) + random.NextDouble() })
            .ToArray();
        return (points, [.. Enumerable.Range(0, count).Select(i => i % 3)]);
    }
}
