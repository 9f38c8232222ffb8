using BenchmarkDotNet.Attributes;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Benchmarks;

/// <summary>
/// Placing one country that joins after a run with the run's stored model (issue 19, target under
/// 5 ms after load), against finding the nearest run centroid by hand (what the model computes, with
/// none of ML.NET's overhead). The run clusters the profiles of <see cref="ClusterRunBenchmarks"/>
/// less one unit, which is then placed; the model is stored and loaded in the setup.
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class ClusterPlacementBenchmarks
{
    private ClusterRun run = null!;
    private double[] means = null!;
    private IReadOnlyList<double> weights = null!;
    private byte[] stored = null!;
    private ClusterModel model = null!;
    private ProfileSet newcomer = null!;

    /// <summary>The number of units the run clustered.</summary>
    [Params(200)]
    public int Units { get; set; }

    [GlobalSetup]
    public void RunAndStore()
    {
        var all = ClusterRunBenchmarks.Synthetic(Units + 1, seed: 2025);
        var last = all.Count - 1;
        var runProfiles = new ProfileSet(all.RoundLabel, all.Framework, Enumerable.Range(0, last).Select(u => Profile(all, u)));
        newcomer = new ProfileSet(all.RoundLabel, all.Framework, [Profile(all, last)]);
        var result = ClusterAnalysis.RunWithModel(runProfiles);
        run = result.Run;
        stored = result.Model!.ToBytes();
        model = ClusterModel.Load(stored);
        means = [.. Enumerable.Range(0, all.Framework.Count)
            .Select(c => Enumerable.Range(0, runProfiles.Count).Select(u => runProfiles.ValueOf(u, c)).OfType<double>().DefaultIfEmpty(0).Average())];
        weights = all.Framework.BalancedWeights;
    }

    [Benchmark(Baseline = true, Description = "Nearest run centroid by hand")]
    public int NearestCentroid() => run.Clusters.MinBy(cluster => Enumerable.Range(0, means.Length)
        .Sum(c => weights[c] * Math.Pow((newcomer.ValueOf(0, c) ?? means[c]) - cluster.Centroid[c], 2)))!.Id;

    [Benchmark(Description = "Place one new country with the stored model (after load)")]
    public int Place() => model.Place(newcomer)[0].Cluster;

    [Benchmark(Description = "Load the stored model and place one new country")]
    public int LoadAndPlace() => ClusterModel.Load(stored).Place(newcomer)[0].Cluster;

    private static CapabilityProfile Profile(ProfileSet set, int unit) =>
        new(set.UnitCodes[unit], [.. Enumerable.Range(0, set.Framework.Count).Select(c => set.ValueOf(unit, c))]);
}
