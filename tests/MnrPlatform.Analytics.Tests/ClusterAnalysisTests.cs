using System.Text;
using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Tests;

public sealed class ClusterAnalysisTests(ITestOutputHelper output)
{
    [Fact]
    public void Planted_clusters_are_recovered_with_k_4()
    {
        var (set, planted) = SyntheticProfiles.Planted(clusters: 4, perCluster: 30, noise: 0.1, missing: 0.03, seed: 7);

        var run = ClusterAnalysis.Run(set);
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(run.Quality) + System.Text.Json.JsonSerializer.Serialize(run.Clusters));

        Assert.Equal(ClusterRunStatus.Clustered, run.Status);
        Assert.Equal(4, run.Inputs.ChosenK);
        var labels = run.Units.Select(u => u.Cluster!.Value).ToList();
        Assert.True(AdjustedRandIndex.Compute(labels, planted) >= 0.9);
        Assert.False(run.Quality!.WeakStructure);
        Assert.All(run.Clusters, c => Assert.True(c.Stable));
    }

    [Fact]
    public void Uniform_profiles_report_weak_structure_and_unstable_clusters()
    {
        var set = SyntheticProfiles.Uniform(units: 150, seed: 11);

        var run = ClusterAnalysis.Run(set);
        output.WriteLine(System.Text.Json.JsonSerializer.Serialize(run.Quality) + System.Text.Json.JsonSerializer.Serialize(run.Clusters));

        Assert.True(run.Quality!.WeakStructure);
        Assert.Contains(run.Clusters, c => !c.Stable);
    }
}
