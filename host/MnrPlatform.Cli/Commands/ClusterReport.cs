using System.Globalization;
using MnrPlatform.Analytics.Profiles;
using MnrPlatform.Analytics.Runs;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// A clustering run as plain text for the secretariat: the engine, status, how k was chosen, each
/// cluster (size, exemplar, stability, silhouette, members, characteristic strengths and gaps) and
/// the quality measures, with the agreement with PAM. Numbers are in invariant culture, so the same run gives the same text.
/// </summary>
internal static class ClusterReport
{
    /// <summary>How many strengths and how many gaps are named per cluster.</summary>
    public const int Characteristics = 3;

    public static IEnumerable<string> Lines(ClusterRun run, ProfileSet profiles)
    {
        var options = run.Inputs.Options;
        yield return Invariant($"Seed: {run.Inputs.Seed}");
        yield return Invariant($"Engine: {run.Inputs.Engine} k-means ({run.Inputs.Algorithm}), one thread, best of {options.KMeansSeeds} seeds by the lowest within-cluster sum; missing values replaced by the capability's mean; cross-checks: {string.Join(", ", run.Inputs.CrossChecks)}");
        foreach (var line in Status(run))
        {
            yield return line;
        }

        if (run.Candidates.Count > 0)
        {
            yield return run.Inputs.ChosenK is { } k
                ? Invariant($"k: {k}, the smallest admissible k whose mean silhouette (on the Gower distance, of the k-means partition) is within {options.SilhouetteTolerance:0.00} of the best (k from 2 to min({options.MaxClusters}, units / {options.UnitsPerCluster}); admissible: every cluster has at least {options.MinClusterSize} countries)")
                : Invariant($"k: none chosen (k from 2 to min({options.MaxClusters}, units / {options.UnitsPerCluster}); admissible: every cluster has at least {options.MinClusterSize} countries)");
            foreach (var candidate in run.Candidates)
            {
                var note = candidate.K == run.Inputs.ChosenK ? "  <- chosen" : candidate.Admissible ? "" : "  not admissible";
                yield return Invariant($"  k={candidate.K}  mean silhouette {candidate.MeanSilhouette:0.000}  smallest cluster {candidate.SmallestCluster}{note}");
            }
        }

        if (run.Clusters.Count > 0)
        {
            yield return "Clusters (numbered by their exemplar's code; the exemplar is the country nearest the cluster's centroid):";
            var overall = Means(profiles, Enumerable.Range(0, profiles.Count));
            foreach (var cluster in run.Clusters)
            {
                foreach (var line in Cluster(cluster, run, profiles, overall))
                {
                    yield return line;
                }
            }
        }

        if (run.Quality is { } quality)
        {
            var daviesBouldin = quality.DaviesBouldin is { } db ? Invariant($"{db:0.000}") : "undefined";
            yield return Invariant($"Quality: mean silhouette {quality.MeanSilhouette:0.000}; Davies–Bouldin {daviesBouldin} (exemplar-based on the Gower distance, lower is better)");
            yield return Invariant($"Agreement (adjusted Rand index) of k-means with PAM on the Gower distance {quality.AgreementWithPam:0.000}, with average linkage {quality.AgreementWithHierarchical:0.000}");
        }

        var map = run.Map.LandmarkCount == 0 ? "exact classical scaling" : Invariant($"landmark scaling with {run.Map.LandmarkCount} landmarks");
        yield return Invariant($"Map: the first two dimensions explain {run.Map.ExplainedShare * 100:0.0}% of the positive eigenvalue mass ({map})");
    }

    private static IEnumerable<string> Status(ClusterRun run)
    {
        switch (run.Status)
        {
            case ClusterRunStatus.TooFewUnits:
                yield return Invariant($"Status: too few units: {run.Inputs.UnitCount} countries leave no k from 2 up (k ≤ units / {run.Inputs.Options.UnitsPerCluster}); no clusters are made, only the map and the heatmap order");
                break;
            case ClusterRunStatus.NoAdmissibleK:
                yield return Invariant($"Status: no admissible k: every candidate k left a cluster with fewer than {run.Inputs.Options.MinClusterSize} countries; no clusters are reported");
                break;
            default:
                if (run.Quality is { WeakStructure: true } quality)
                {
                    yield return "Status: clustered, but the structure is weak (read the clusters with care):";
                    foreach (var reason in quality.WeakStructureReasons)
                    {
                        yield return $"  - {reason}";
                    }
                }
                else
                {
                    yield return "Status: clustered";
                }

                break;
        }
    }

    private static IEnumerable<string> Cluster(ClusterSummary cluster, ClusterRun run, ProfileSet profiles, double?[] overall)
    {
        var threshold = run.Inputs.Options.StabilityThreshold;
        var stability = cluster.Stable
            ? Invariant($"stability {cluster.Stability:0.000}")
            : Invariant($"stability {cluster.Stability:0.000} UNSTABLE (below {threshold:0.0#}: no cluster bonus in peer suggestions)");
        var members = run.Units.Where(u => u.Cluster == cluster.Id).Select(u => u.UnitCode).ToList();
        yield return Invariant($"  Cluster {cluster.Id}: {cluster.Size} countries, exemplar {cluster.ExemplarUnit}, {stability}, silhouette {cluster.Silhouette:0.000}");
        yield return $"    members: {string.Join(" ", members)}";

        var means = Means(profiles, members.Select(profiles.IndexOf));
        var differences = Enumerable.Range(0, profiles.Framework.Count)
            .Where(c => means[c] is not null && overall[c] is not null)
            .Select(c => (Capability: c, Delta: means[c]!.Value - overall[c]!.Value))
            .ToList();
        var strengths = differences.Where(d => d.Delta > ProfileValues.Tolerance).OrderByDescending(d => d.Delta).ThenBy(d => d.Capability).Take(Characteristics);
        var gaps = differences.Where(d => d.Delta < -ProfileValues.Tolerance).OrderBy(d => d.Delta).ThenBy(d => d.Capability).Take(Characteristics);
        yield return $"    strengths: {Describe(strengths.Select(d => d.Capability), profiles.Framework, means, overall, "above")}";
        yield return $"    gaps: {Describe(gaps.Select(d => d.Capability), profiles.Framework, means, overall, "below")}";
    }

    // The characteristic capabilities, e.g. "Child helpline (mean phase 3.4; all 2.6)": the cluster's
    // mean against the mean over every country with a value.
    private static string Describe(IEnumerable<int> capabilities, CapabilityFramework framework, double?[] means, double?[] overall, string side)
    {
        var described = capabilities.Select(c =>
        {
            var capability = framework.Capabilities[c];
            return capability.Scale == CapabilityScale.InPlace
                ? Invariant($"{capability.Name} ({means[c]!.Value * 100:0}% in place; all {overall[c]!.Value * 100:0}%)")
                : Invariant($"{capability.Name} (mean phase {Phase(means[c]!.Value):0.0}; all {Phase(overall[c]!.Value):0.0})");
        }).ToList();
        return described.Count == 0 ? $"none (no capability's mean in the cluster is {side} its mean over all countries)" : string.Join(", ", described);
    }

    private static double Phase(double value) => 1 + (value * (ProfileValues.PhaseCount - 1));

    // Each capability's mean over the given units that have a value; null when none has.
    private static double?[] Means(ProfileSet profiles, IEnumerable<int> units)
    {
        var members = units.ToList();
        return [.. Enumerable.Range(0, profiles.Framework.Count).Select(c =>
        {
            var values = members.Select(u => profiles.ValueOf(u, c)).OfType<double>().ToList();
            return values.Count == 0 ? (double?)null : values.Average();
        })];
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
