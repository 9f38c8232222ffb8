using MnrPlatform.Analytics.Clustering;

namespace MnrPlatform.Analytics.Tests;

public sealed class SilhouetteTests
{
    [Fact]
    public void Two_pairs_on_a_line_match_the_hand_computation()
    {
        // Points 0, 1 | 4, 5. Unit 0: a = 1, b = (4 + 5)/2 = 4.5, s = 3.5/4.5 = 7/9.
        // Unit 1: a = 1, b = (3 + 4)/2 = 3.5, s = 2.5/3.5 = 5/7. Units 2 and 3 mirror units 1 and 0.
        var result = Silhouette.Compute(Points.OnLine(0, 1, 4, 5), [0, 0, 1, 1]);

        Assert.Equal([7.0 / 9, 5.0 / 7, 5.0 / 7, 7.0 / 9], result.PerUnit, (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal(((7.0 / 9) + (5.0 / 7)) / 2, result.PerCluster[0], 12);
        Assert.Equal(((7.0 / 9) + (5.0 / 7)) / 2, result.Mean, 12);
    }

    [Fact]
    public void A_unit_in_the_wrong_cluster_is_negative_and_a_singleton_is_zero()
    {
        // Points 0, 1 | 2, 10, 11 with 2 put with the far group: a = (8 + 9)/2 = 8.5, b = (2 + 1)/2 = 1.5,
        // s = (1.5 − 8.5)/8.5. Point 30 alone in its cluster gets 0.
        var result = Silhouette.Compute(Points.OnLine(0, 1, 2, 10, 11, 30), [0, 0, 1, 1, 1, 2]);

        Assert.Equal(-7.0 / 8.5, result.PerUnit[2], 12);
        Assert.Equal(0.0, result.PerUnit[5]);
        Assert.Equal(0.0, result.PerCluster[2]);
    }
}
