using MnrPlatform.Analytics.Distances;
using MnrPlatform.Analytics.Mapping;

namespace MnrPlatform.Analytics.Tests;

public sealed class ClassicalScalingTests
{
    [Fact]
    public void Points_in_a_plane_are_mapped_exactly()
    {
        var distances = Points.Euclidean(PlanePoints(30, seed: 1));

        var map = ClassicalScaling.Compute(distances);

        Assert.Equal(1.0, map.ExplainedShare, 9);
        Assert.Equal(0, map.LandmarkCount);
        AssertPreservesDistances(distances, map);
    }

    [Fact]
    public void Landmark_scaling_also_maps_points_in_a_plane_exactly()
    {
        var distances = Points.Euclidean(PlanePoints(60, seed: 2));

        var map = ClassicalScaling.Compute(distances, maxExactUnits: 10);

        Assert.Equal(10, map.LandmarkCount);
        Assert.Equal(1.0, map.ExplainedShare, 9);
        AssertPreservesDistances(distances, map);
    }

    [Fact]
    public void A_third_dimension_lowers_the_explained_share()
    {
        // Spread 1 along x and y, 0.5 along z: the map shows about (1 + 1) / (1 + 1 + 0.25) of the variance.
        var random = new Random(4);
        var points = Enumerable.Range(0, 200).Select(_ => new[] { Gaussian(random), Gaussian(random), 0.5 * Gaussian(random) }).ToArray();

        var map = ClassicalScaling.Compute(Points.Euclidean(points));

        Assert.InRange(map.ExplainedShare, 0.8, 0.95);
    }

    [Fact]
    public void The_map_does_not_flip_between_runs()
    {
        var distances = Points.Euclidean(PlanePoints(20, seed: 3));

        Assert.Equal(ClassicalScaling.Compute(distances).Points, ClassicalScaling.Compute(distances).Points);
    }

    private static void AssertPreservesDistances(DistanceMatrix distances, ProfileMap map)
    {
        for (var i = 0; i < distances.Count; i++)
        {
            for (var j = 0; j < distances.Count; j++)
            {
                var (a, b) = (map.Points[i], map.Points[j]);
                Assert.Equal(distances[i, j], Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y))), 9);
            }
        }
    }

    private static double[][] PlanePoints(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => new[] { random.NextDouble() * 10, random.NextDouble() * 3 })];
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
