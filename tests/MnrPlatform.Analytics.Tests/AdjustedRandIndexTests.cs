using MnrPlatform.Analytics.Clustering;

namespace MnrPlatform.Analytics.Tests;

public sealed class AdjustedRandIndexTests
{
    [Fact]
    public void Identical_partitions_score_1() =>
        Assert.Equal(1.0, AdjustedRandIndex.Compute([0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 2, 2]), 12);

    [Fact]
    public void Permuted_labels_score_1() =>
        Assert.Equal(1.0, AdjustedRandIndex.Compute([0, 0, 1, 1, 2, 2], [7, 7, 3, 3, -1, -1]), 12);

    [Fact]
    public void Splitting_one_of_two_pairs_scores_4_over_7()
    {
        // n = 4, C(4,2) = 6. Contingency cells 2, 1, 1: index = 1. Rows 2, 2: 2 pairs. Columns 2, 1, 1: 1 pair.
        // Expected = 2·1/6 = 1/3; maximum = (2 + 1)/2 = 3/2; ARI = (1 − 1/3)/(3/2 − 1/3) = 4/7.
        Assert.Equal(4.0 / 7, AdjustedRandIndex.Compute([0, 0, 1, 1], [0, 0, 1, 2]), 12);
    }

    [Fact]
    public void Crossed_pairs_score_minus_one_half()
    {
        // No shared pair: index 0. Rows 2, 2 and columns 2, 2 give 2 pairs each; expected 4/6, maximum 2.
        // ARI = (0 − 2/3)/(2 − 2/3) = −1/2.
        Assert.Equal(-0.5, AdjustedRandIndex.Compute([0, 0, 1, 1], [0, 1, 0, 1]), 12);
    }

    [Fact]
    public void One_cluster_against_all_singletons_scores_0() =>
        Assert.Equal(0.0, AdjustedRandIndex.Compute([0, 0, 0, 0], [0, 1, 2, 3]), 12);

    [Fact]
    public void Three_by_three_textbook_table_scores_5_over_14()
    {
        // Contingency (rows a, columns b): [2 1 0; 0 2 1; 0 0 3]. Σ C(nij,2) = 1 + 1 + 3 = 5.
        // Rows 3, 3, 3: 9 pairs. Columns 2, 3, 4: 1 + 3 + 6 = 10 pairs. C(9,2) = 36.
        // Expected = 9·10/36 = 2.5; maximum = 9.5; ARI = 2.5/7 = 5/14.
        int[] a = [0, 0, 0, 1, 1, 1, 2, 2, 2];
        int[] b = [0, 0, 1, 1, 1, 2, 2, 2, 2];

        Assert.Equal(5.0 / 14, AdjustedRandIndex.Compute(a, b), 12);
        Assert.Equal(5.0 / 14, AdjustedRandIndex.Compute(b, a), 12);
    }

    [Fact]
    public void Trivial_identical_partitions_score_1()
    {
        Assert.Equal(1.0, AdjustedRandIndex.Compute([0, 0, 0], [4, 4, 4]), 12);
        Assert.Equal(1.0, AdjustedRandIndex.Compute([0, 1, 2], [2, 0, 1]), 12);
    }
}
