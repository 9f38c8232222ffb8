using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Tests;

/// <summary>The ML.NET k-means engine of record on planted and structureless rounds.</summary>
public sealed class ClusterEngineTests
{
    [Theory]
    [InlineData(42, 0.0, 11)]
    [InlineData(120, 0.0, 12)]
    [InlineData(200, 0.0, 13)]
    [InlineData(42, 0.1, 14)]
    [InlineData(120, 0.1, 15)]
    [InlineData(200, 0.1, 16)]
    public void Four_planted_groups_with_nudged_phases_are_recovered_and_k_4_is_chosen(int units, double missing, int seed)
    {
        var (set, planted) = SyntheticProfiles.Nudged(groups: 4, units, nudged: 0.1, missing, seed);

        var run = ClusterAnalysis.Run(set);

        Assert.Equal(ClusterRunStatus.Clustered, run.Status);
        Assert.Equal(4, run.Inputs.ChosenK);
        var agreement = AdjustedRandIndex.Compute([.. run.Units.Select(u => u.Cluster!.Value)], planted);
        Assert.True(agreement >= 0.9, $"ARI with the planted groups {agreement:0.000}");
        Assert.False(run.Quality!.WeakStructure, string.Join("; ", run.Quality.WeakStructureReasons));
        Assert.True(run.Quality.AgreementWithPam >= 0.9, $"ARI with PAM {run.Quality.AgreementWithPam:0.000}");
    }

    [Fact]
    public void Each_cluster_has_its_members_mean_as_centroid_and_the_member_nearest_it_as_exemplar()
    {
        var (set, _) = SyntheticProfiles.Nudged(groups: 4, units: 60, nudged: 0.1, missing: 0.1, seed: 17);
        var points = ScaledProfiles.From(set);
        var imputed = ScaledProfiles.Imputed(set);
        var scale = set.Framework.BalancedWeights.Select(Math.Sqrt).ToArray();

        var run = ClusterAnalysis.Run(set);

        Assert.NotEmpty(run.Clusters);
        foreach (var cluster in run.Clusters)
        {
            var members = run.Units.Where(u => u.Cluster == cluster.Id).Select(u => set.IndexOf(u.UnitCode)).ToList();
            var mean = Enumerable.Range(0, set.Framework.Count).Select(c => members.Average(u => imputed[u][c])).ToArray();
            Assert.Equal(mean.Length, cluster.Centroid.Count);
            Assert.All(Enumerable.Range(0, mean.Length), c => Assert.Equal(mean[c], cluster.Centroid[c], 12));

            var centre = mean.Select((value, c) => value * scale[c]).ToArray();
            var nearest = members.MinBy(u => MlNetKMeans.SquaredDistance(points[u], centre));
            Assert.Equal(set.UnitCodes[nearest], cluster.ExemplarUnit);
        }

        Assert.Equal(run.Clusters.Select(c => set.IndexOf(c.ExemplarUnit)).Order(), run.Clusters.Select(c => set.IndexOf(c.ExemplarUnit)));
    }

    [Theory]
    [InlineData(42, 31)]
    [InlineData(200, 32)]
    public void Uniform_random_profiles_are_reported_as_weak_structure(int units, int seed)
    {
        var run = ClusterAnalysis.Run(SyntheticProfiles.Uniform(units, seed));

        Assert.True(run.Quality!.WeakStructure);
        Assert.Contains(run.Quality.WeakStructureReasons, reason => reason.StartsWith("mean silhouette", StringComparison.Ordinal));
    }

    [Fact]
    public void The_run_records_the_engine_and_how_k_was_chosen()
    {
        var (set, _) = SyntheticProfiles.Nudged(groups: 4, units: 42, nudged: 0.1, missing: 0, seed: 18);

        var inputs = ClusterAnalysis.Run(set, new ClusterRunOptions { KMeansSeeds = 4 }).Inputs;

        Assert.Equal(MlNetKMeans.Name, inputs.Algorithm);
        Assert.Equal("Microsoft.ML 6.0.0 KMeansTrainer", inputs.Engine);
        Assert.Equal(["pam", "average-linkage"], inputs.CrossChecks);
        Assert.Equal(4, inputs.Options.KMeansSeeds);
        Assert.StartsWith("mean silhouette on the Gower distance of the k-means partition, k from 2 to min(8, units / 10)", inputs.KSelection, StringComparison.Ordinal);
        Assert.Contains("within 0.02 of the best", inputs.KSelection, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_inputs_and_seed_give_the_same_bytes_and_another_seed_is_recorded()
    {
        var (set, _) = SyntheticProfiles.Nudged(groups: 4, units: 120, nudged: 0.1, missing: 0.1, seed: 19);

        var first = ClusterRunJson.Serialize(ClusterAnalysis.Run(set, new ClusterRunOptions { Seed = 5 }));
        var second = ClusterRunJson.Serialize(ClusterAnalysis.Run(set, new ClusterRunOptions { Seed = 5 }));
        var other = ClusterRunJson.Serialize(ClusterAnalysis.Run(set, new ClusterRunOptions { Seed = 6 }));

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }
}
