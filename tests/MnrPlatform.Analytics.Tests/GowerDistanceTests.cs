using MnrPlatform.Analytics.Distances;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Tests;

public sealed class GowerDistanceTests
{
    private static readonly GowerDistance Mnr = new(MnrFramework.Instance);

    // Domain A has one capability, domain B four.
    private static readonly CapabilityFramework Unbalanced = new(
    [
        new("A1", "A one", "A"),
        new("B1", "B one", "B"),
        new("B2", "B two", "B"),
        new("B3", "B three", "B"),
        new("B4", "B four", "B"),
    ]);

    [Fact]
    public void Is_symmetric_in_0_to_1_and_zero_on_identical_profiles()
    {
        var random = new Random(42);
        for (var trial = 0; trial < 500; trial++)
        {
            var a = RandomProfile(random);
            var b = RandomProfile(random);

            var ab = Mnr.Between(a, b);

            Assert.Equal(ab, Mnr.Between(b, a));
            Assert.InRange(ab, 0.0, 1.0);
            Assert.Equal(0.0, Mnr.Between(a, a));
        }
    }

    [Fact]
    public void Opposite_and_one_phase_apart_profiles_have_the_expected_distance()
    {
        Assert.Equal(1.0, Mnr.Between(MnrFramework.Uniform("A", 1).Values, MnrFramework.Uniform("B", 4).Values), 12);
        Assert.Equal(1.0 / 3, Mnr.Between(MnrFramework.Uniform("A", 1).Values, MnrFramework.Uniform("B", 2).Values), 12);
    }

    [Fact]
    public void A_difference_in_a_one_capability_domain_weighs_as_much_as_across_a_whole_four_capability_domain()
    {
        var gower = new GowerDistance(Unbalanced);
        double?[] zero = [0, 0, 0, 0, 0];

        var inSmallDomain = gower.Between(zero, [1, 0, 0, 0, 0]);
        var acrossLargeDomain = gower.Between(zero, [0, 1, 1, 1, 1]);
        var oneOfLargeDomain = gower.Between(zero, [0, 1, 0, 0, 0]);

        Assert.Equal(0.5, inSmallDomain, 12);
        Assert.Equal(inSmallDomain, acrossLargeDomain, 12);
        Assert.Equal(0.125, oneOfLargeDomain, 12);
    }

    [Fact]
    public void A_missing_value_is_left_out_not_guessed()
    {
        var gower = new GowerDistance(Unbalanced);
        double?[] withGap = [0.5, null, 0, 1, 0];
        var withoutB1 = new GowerDistance(new CapabilityFramework(Unbalanced.Capabilities.Where(c => c.Code != "B1")));

        // Whatever the other unit has where this one is missing, the distance does not move.
        var distances = new[] { 0.0, 1.0 / 3, 1.0 }.Select(v => gower.Compare(withGap, [0.5, v, 1, 1, 0])).ToList();

        Assert.All(distances, d => Assert.Equal(distances[0], d));
        Assert.Equal(4, distances[0].ComparableCount);
        // It equals the distance over the framework without that capability: B averages its three present values.
        Assert.Equal(withoutB1.Between([0.5, 0, 1, 0], [0.5, 1, 1, 0]), distances[0].Distance, 12);
        Assert.Equal((0 + (1.0 / 3)) / 2, distances[0].Distance, 12);
    }

    [Fact]
    public void A_domain_with_nothing_comparable_drops_out_and_the_others_keep_equal_weight()
    {
        var gower = new GowerDistance(Unbalanced);

        var comparison = gower.Compare([null, 0, 0, 0, 0], [1, 1, 1, 0, 0]);

        Assert.Equal(0.5, comparison.Distance, 12);
        Assert.Equal(4, comparison.ComparableCount);
    }

    [Fact]
    public void Nothing_comparable_is_taken_as_the_maximum_distance()
    {
        var gower = new GowerDistance(Unbalanced);

        var comparison = gower.Compare([null, null, 0, null, 1], [1, 0, null, 0, null]);

        Assert.Equal(new GowerComparison(1.0, 0), comparison);
    }

    [Fact]
    public void The_matrix_holds_the_pairwise_distances_of_the_set()
    {
        var random = new Random(3);
        var set = MnrFramework.Set([.. Enumerable.Range(0, 12).Select(i => new CapabilityProfile($"U{i:D2}", RandomProfile(random)))]);

        var matrix = DistanceMatrix.Compute(set);

        for (var i = 0; i < set.Count; i++)
        {
            for (var j = 0; j < set.Count; j++)
            {
                var expected = Mnr.Between(Values(set, i), Values(set, j));
                Assert.Equal(expected, matrix[i, j]);
            }
        }
    }

    private static double?[] Values(ProfileSet set, int unit) => [.. Enumerable.Range(0, set.Framework.Count).Select(c => set.ValueOf(unit, c))];

    private static double?[] RandomProfile(Random random) =>
        [.. Enumerable.Range(0, MnrFramework.Instance.Count).Select(_ => random.NextDouble() < 0.15 ? (double?)null : ProfileValues.FromPhase(random.Next(1, 5)))];
}
