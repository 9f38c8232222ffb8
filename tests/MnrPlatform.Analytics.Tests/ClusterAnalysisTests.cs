using System.Text;
using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Analytics.Tests;

public sealed class ClusterAnalysisTests
{
    [Theory]
    [InlineData(20, 3)]
    [InlineData(30, 7)]
    [InlineData(50, 5)]
    public void Planted_clusters_are_recovered_with_k_4(int perCluster, int seed)
    {
        var (set, planted) = SyntheticProfiles.Planted(clusters: 4, perCluster, noise: 0.1, missing: 0.03, seed);

        var run = ClusterAnalysis.Run(set);

        Assert.Equal(ClusterRunStatus.Clustered, run.Status);
        Assert.Equal(4, run.Inputs.ChosenK);
        Assert.True(AdjustedRandIndex.Compute([.. run.Units.Select(u => u.Cluster!.Value)], planted) >= 0.9);
        Assert.False(run.Quality!.WeakStructure, string.Join("; ", run.Quality.WeakStructureReasons));
        Assert.All(run.Clusters, c => Assert.True(c.Stable));
        Assert.Equal(set.Count, run.Clusters.Sum(c => c.Size));
    }

    [Fact]
    public void Uniform_profiles_report_weak_structure_and_unstable_clusters()
    {
        // On structureless data a split is an artefact of the sample: stability varies from draw to
        // draw around the threshold, so the test reads several seeds rather than trusting one.
        var runs = Enumerable.Range(1, 5).Select(seed => ClusterAnalysis.Run(SyntheticProfiles.Uniform(120, seed))).ToList();
        var clusters = runs.SelectMany(run => run.Clusters).ToList();

        Assert.All(runs, run => Assert.True(run.Quality!.WeakStructure));
        Assert.All(runs, run => Assert.NotEmpty(run.Quality!.WeakStructureReasons));
        Assert.True(clusters.Count(c => !c.Stable) * 2 > clusters.Count, "most clusters should be unstable");
        Assert.All(clusters, c => Assert.True(c.Stability < 0.75, "no cluster of noise should look stable"));
    }

    [Fact]
    public void The_same_inputs_serialise_to_the_same_bytes_whatever_the_order_of_the_profiles()
    {
        var (set, _) = SyntheticProfiles.Planted(clusters: 3, perCluster: 15, noise: 0.2, missing: 0.05, seed: 21);
        var reversed = new ProfileSet(set.RoundLabel, set.Framework, Profiles(set).Reverse());

        var first = ClusterRunJson.Serialize(ClusterAnalysis.Run(set));
        var second = ClusterRunJson.Serialize(ClusterAnalysis.Run(set));
        var third = ClusterRunJson.Serialize(ClusterAnalysis.Run(reversed));

        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public void The_json_records_the_inputs_with_rounded_invariant_numbers()
    {
        var (set, _) = SyntheticProfiles.Planted(clusters: 2, perCluster: 12, noise: 0.1, missing: 0, seed: 2);

        var json = Encoding.UTF8.GetString(ClusterRunJson.Serialize(ClusterAnalysis.Run(set, new ClusterRunOptions { Seed = 99 })));

        Assert.Contains("\"roundLabel\": \"synthetic\"", json, StringComparison.Ordinal);
        Assert.Contains("\"seed\": 99", json, StringComparison.Ordinal);
        Assert.Contains("\"algorithm\": \"mlnet-kmeans\"", json, StringComparison.Ordinal);
        Assert.Contains("\"engine\": \"Microsoft.ML 6.0.0 KMeansTrainer\"", json, StringComparison.Ordinal);
        Assert.Contains("\"crossChecks\": [\n      \"pam\",", json, StringComparison.Ordinal);
        Assert.Contains("\"distanceName\": \"gower-domain-balanced\"", json, StringComparison.Ordinal);
        Assert.Contains("\"weight\": 0.166667", json, StringComparison.Ordinal);
        Assert.Contains("\"chosenK\": 2", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"clustered\"", json, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d[eE][+-]?\d", json);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_20_units_give_a_map_and_heatmap_order_but_no_clusters()
    {
        var (set, _) = SyntheticProfiles.Planted(clusters: 2, perCluster: 9, noise: 0.1, missing: 0, seed: 4);

        var run = ClusterAnalysis.Run(set);

        Assert.Equal(ClusterRunStatus.TooFewUnits, run.Status);
        Assert.Empty(run.Inputs.KCandidates);
        Assert.Null(run.Inputs.ChosenK);
        Assert.Empty(run.Clusters);
        Assert.Null(run.Quality);
        Assert.All(run.Units, u => Assert.Null(u.Cluster));
        Assert.Equal(set.UnitCodes.Order(StringComparer.Ordinal), run.HeatmapOrder.Order(StringComparer.Ordinal));
        Assert.Contains(run.Units, u => u.MapX != 0);
    }

    [Fact]
    public void Twenty_units_allow_k_2_only()
    {
        var (set, planted) = SyntheticProfiles.Planted(clusters: 2, perCluster: 10, noise: 0.1, missing: 0, seed: 4);

        var run = ClusterAnalysis.Run(set);

        Assert.Equal([2], run.Inputs.KCandidates);
        Assert.Equal(2, run.Inputs.ChosenK);
        Assert.Equal(1.0, AdjustedRandIndex.Compute([.. run.Units.Select(u => u.Cluster!.Value)], planted), 12);
    }

    [Fact]
    public void A_k_that_leaves_a_cluster_below_the_minimum_size_is_not_chosen()
    {
        // Three tight groups of 10 and two lone outliers: k = 4 or 5 would give the outliers clusters of their own.
        var (set, _) = SyntheticProfiles.Planted(clusters: 3, perCluster: 10, noise: 0, missing: 0, seed: 8);
        var outliers = new[] { MnrFramework.Uniform("ZZ01", 1), MnrFramework.Uniform("ZZ02", 4) };
        var withOutliers = new ProfileSet(set.RoundLabel, set.Framework, Profiles(set).Concat(outliers));

        var run = ClusterAnalysis.Run(withOutliers);

        Assert.All(run.Candidates.Where(c => c.SmallestCluster < 3), c => Assert.False(c.Admissible));
        Assert.All(run.Clusters, c => Assert.True(c.Size >= 3));
    }

    [Fact]
    public void Agreement_with_a_previous_run_covers_the_units_in_both()
    {
        var (set, _) = SyntheticProfiles.Planted(clusters: 4, perCluster: 20, noise: 0.1, missing: 0, seed: 6);
        var previous = ClusterAnalysis.Run(set).ClusterOfUnit()
            .Where(pair => !pair.Key.EndsWith('7'))
            .ToDictionary(pair => pair.Key, pair => (pair.Value + 1) % 4, StringComparer.Ordinal);

        var run = ClusterAnalysis.Run(set, new ClusterRunOptions { PreviousClusters = previous });

        Assert.Equal(previous.Count, run.Quality!.UnitsInPrevious);
        Assert.Equal(1.0, run.Quality.AgreementWithPrevious!.Value, 12);
    }

    [Fact]
    public void Negative_silhouettes_are_flagged()
    {
        var run = ClusterAnalysis.Run(SyntheticProfiles.Uniform(120, 5));

        Assert.All(run.Units, u => Assert.Equal(u.Silhouette < 0, u.NegativeSilhouette));
    }

    private static IEnumerable<CapabilityProfile> Profiles(ProfileSet set) =>
        Enumerable.Range(0, set.Count).Select(u => new CapabilityProfile(
            set.UnitCodes[u], [.. Enumerable.Range(0, set.Framework.Count).Select(c => set.ValueOf(u, c))]));
}
