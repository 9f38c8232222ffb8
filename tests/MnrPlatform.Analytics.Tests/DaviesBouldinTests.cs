using MnrPlatform.Analytics.Clustering;

namespace MnrPlatform.Analytics.Tests;

public sealed class DaviesBouldinTests
{
    [Fact]
    public void Two_groups_on_a_line_match_the_hand_computation()
    {
        // Medoids at 1 and 11: each scatter is (1 + 0 + 1)/3 = 2/3, separation 10: (2/3 + 2/3)/10.
        var distances = Points.OnLine(0, 1, 2, 10, 11, 12);

        var index = DaviesBouldin.Compute(distances.Values, distances.Count, [0, 0, 0, 1, 1, 1], [1, 4]);

        Assert.Equal(4.0 / 30, index!.Value, 12);
    }

    [Fact]
    public void Is_undefined_for_one_cluster_or_coinciding_medoids()
    {
        var distances = Points.OnLine(0, 0, 1);

        Assert.Null(DaviesBouldin.Compute(distances.Values, 3, [0, 0, 0], [0]));
        Assert.Null(DaviesBouldin.Compute(distances.Values, 3, [0, 1, 0], [0, 1]));
    }
}
