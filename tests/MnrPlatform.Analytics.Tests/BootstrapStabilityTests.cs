using MnrPlatform.Analytics.Clustering;

namespace MnrPlatform.Analytics.Tests;

public sealed class BootstrapStabilityTests
{
    [Fact]
    public void Well_separated_clusters_are_fully_stable_and_the_seed_fixes_the_result()
    {
        // Three groups of 10 far apart: a draw that misses a whole group (which would force PAM to split
        // another) has probability about 3·(2/3)^30, so every draw recovers the groups.
        var distances = Points.OnLine([.. Enumerable.Range(0, 30).Select(i => (i / 10 * 100.0) + (i % 10))]);
        var labels = Enumerable.Range(0, 30).Select(i => i / 10).ToArray();

        var stability = BootstrapStability.Compute(distances, labels, samples: 100, seed: 1);

        Assert.All(stability, s => Assert.Equal(1.0, s, 12));
    }

    [Fact]
    public void A_split_through_a_continuum_is_less_stable_than_a_real_gap()
    {
        // Two groups along an even line (no gap between them) against the same split with a gap.
        var even = Points.OnLine([.. Enumerable.Range(0, 30).Select(i => (double)i)]);
        var gapped = Points.OnLine([.. Enumerable.Range(0, 30).Select(i => i < 15 ? i : i + 100.0)]);
        var labels = Enumerable.Range(0, 30).Select(i => i < 15 ? 0 : 1).ToArray();

        var evenStability = BootstrapStability.Compute(even, labels, 100, 3);
        var gappedStability = BootstrapStability.Compute(gapped, labels, 100, 3);

        Assert.All(gappedStability, s => Assert.Equal(1.0, s, 12));
        Assert.All(evenStability, s => Assert.True(s < 1.0));
        Assert.Equal(evenStability, BootstrapStability.Compute(even, labels, 100, 3));
    }
}
