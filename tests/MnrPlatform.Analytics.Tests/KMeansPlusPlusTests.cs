using MnrPlatform.Analytics.Clustering;

namespace MnrPlatform.Analytics.Tests;

public sealed class KMeansPlusPlusTests
{
    [Fact]
    public void Separated_blobs_are_found_and_the_same_seed_gives_the_same_result()
    {
        var random = new Random(1);
        var points = Enumerable.Range(0, 60)
            .Select(i => new[] { (i % 3 * 10) + random.NextDouble(), (i % 3 * 5) + random.NextDouble() })
            .ToArray();
        var truth = Enumerable.Range(0, 60).Select(i => i % 3).ToArray();

        var first = KMeansPlusPlus.Fit(points, 3, restarts: 50, seed: 8);
        var second = KMeansPlusPlus.Fit(points, 3, restarts: 50, seed: 8);

        Assert.Equal(1.0, AdjustedRandIndex.Compute(first.Labels, truth), 12);
        Assert.Equal(first.Labels, second.Labels);
        Assert.Equal(first.Inertia, second.Inertia);
    }
}
