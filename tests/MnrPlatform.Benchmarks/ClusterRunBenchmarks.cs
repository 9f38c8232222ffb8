using System.Globalization;
using BenchmarkDotNet.Attributes;
using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Distances;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Benchmarks;

/// <summary>
/// The clustering run at growing numbers of units, against computing the distance matrix alone.
/// Profiles: 21 capabilities in 6 domains, drawn around 6 centres with 25% of values replaced at
/// random and 3% missing (a blurrier picture than the tests' planted clusters, so PAM has to work).
/// "PAM k-selection + stability" is what the targets name (k = 2..8 by silhouette, then B = 100
/// bootstrap reclusterings) on a ready distance matrix; "full run" adds the distance matrix, the
/// PAM and average-linkage cross-checks, the map and the result assembly (k is chosen on ML.NET
/// k-means since issue 19; <see cref="ClusterEngineBenchmarks"/> compares the engines).
/// </summary>
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class ClusterRunBenchmarks
{
    private ProfileSet profiles = null!;
    private DistanceMatrix distances = null!;

    /// <summary>The number of units.</summary>
    [Params(100, 200, 400, 800, 2000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void MakeProfiles()
    {
        profiles = Synthetic(Units, seed: 2025);
        distances = DistanceMatrix.Compute(profiles);
    }

    [Benchmark(Baseline = true, Description = "Distance matrix alone")]
    public DistanceMatrix Distances() => DistanceMatrix.Compute(profiles);

    [Benchmark(Description = "PAM k-selection 2..8 + stability B=100")]
    public IReadOnlyList<double> PamSelectionAndStability()
    {
        var best = KMedoids.Fit(distances, 2);
        var bestSilhouette = double.NegativeInfinity;
        for (var k = 2; k <= Math.Min(8, Units / 10); k++)
        {
            var fit = KMedoids.Fit(distances, k);
            var silhouette = Silhouette.Compute(distances, fit.Labels).Mean;
            if (silhouette > bestSilhouette)
            {
                (best, bestSilhouette) = (fit, silhouette);
            }
        }

        return BootstrapStability.Compute(distances, best.Labels, samples: 100, seed: 1);
    }

    [Benchmark(Description = "Full run (ClusterAnalysis.Run)")]
    public ClusterRun FullRun() => ClusterAnalysis.Run(profiles);

    internal static ProfileSet Synthetic(int units, int seed)
    {
        int[] domainSizes = [3, 4, 4, 4, 4, 2];
        var capabilities = domainSizes
            .SelectMany((size, d) => Enumerable.Range(0, size).Select(i => new ProfileCapability(
                string.Create(CultureInfo.InvariantCulture, $"C{d}{i}"), string.Create(CultureInfo.InvariantCulture, $"Capability {d}.{i}"), string.Create(CultureInfo.InvariantCulture, $"D{d}"))))
            .ToList();
        var random = new Random(seed);
        var centres = Enumerable.Range(0, 6).Select(_ => capabilities.Select(_ => random.Next(1, 5)).ToArray()).ToArray();
        var profiles = Enumerable.Range(0, units).Select(u => new CapabilityProfile(
            string.Create(CultureInfo.InvariantCulture, $"U{u:D5}"),
            [.. centres[u % centres.Length].Select(phase => random.NextDouble() < 0.03
                ? (double?)null
                : ProfileValues.FromPhase(random.NextDouble() < 0.25 ? random.Next(1, 5) : phase))]));
        return new ProfileSet("benchmark", new CapabilityFramework(capabilities), profiles);
    }
}
