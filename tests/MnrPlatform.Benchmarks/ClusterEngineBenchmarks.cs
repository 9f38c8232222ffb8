using BenchmarkDotNet.Attributes;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;
using MnrPlatform.Benchmarks.Baseline;

namespace MnrPlatform.Benchmarks;

/// <summary>
/// The full clustering run (k selection, restarts, cross-checks, stability, map) with ML.NET k-means
/// as the engine of record, against the engine it replaced (PAM with a hand-written k-means++
/// cross-check, <see cref="LegacyEngine"/>) in the same run. Profiles as in <see cref="ClusterRunBenchmarks"/>.
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class ClusterEngineBenchmarks
{
    private ProfileSet profiles = null!;

    /// <summary>The number of units.</summary>
    [Params(42, 200, 2000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void MakeProfiles() => profiles = ClusterRunBenchmarks.Synthetic(Units, seed: 2025);

    [Benchmark(Baseline = true, Description = "Old engine: PAM + k-means++ cross-check")]
    public IReadOnlyList<int> OldEngine() => LegacyEngine.Run(profiles, seed: 20250101);

    [Benchmark(Description = "ML.NET k-means engine (ClusterAnalysis.Run)")]
    public ClusterRun MlNetEngine() => ClusterAnalysis.Run(profiles);
}
