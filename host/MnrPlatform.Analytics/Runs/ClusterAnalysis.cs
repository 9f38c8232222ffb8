using System.Globalization;
using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Distances;
using MnrPlatform.Analytics.Mapping;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// One clustering run over a round's profiles: the domain-balanced Gower distance, PAM with k chosen
/// by silhouette, bootstrap stability, cross-checks by k-means++ and average linkage, the 2-D map
/// and the heatmap order. The same profiles and options give the same result, to the byte once
/// serialised by <see cref="ClusterRunJson"/>.
/// </summary>
public static class ClusterAnalysis
{
    /// <summary>Clusters the profiles of a round.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="options">The settings; null for the defaults.</param>
    public static ClusterRun Run(ProfileSet profiles, ClusterRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        options ??= new ClusterRunOptions();
        Validate(options);
        var distances = DistanceMatrix.Compute(profiles);
        var ks = KSelection.Candidates(profiles.Count, options);
        var tree = AverageLinkage.Fit(distances);
        var map = ClassicalScaling.Compute(distances, options.MaxExactMapUnits);
        var heatmapOrder = tree.LeafOrder.Select(u => profiles.UnitCodes[u]).ToList();
        var mapSummary = new MapSummary(map.ExplainedShare, map.LandmarkCount);
        if (ks.Length == 0)
        {
            return Unclustered(profiles, options, ks, [], ClusterRunStatus.TooFewUnits, map, mapSummary, heatmapOrder);
        }

        var (candidates, fits) = KSelection.Evaluate(distances, ks, options.MinClusterSize);
        var chosen = KSelection.Choose(candidates, options.SilhouetteTolerance);
        if (chosen < 0)
        {
            return Unclustered(profiles, options, ks, candidates, ClusterRunStatus.NoAdmissibleK, map, mapSummary, heatmapOrder);
        }

        var k = ks[chosen];
        var pam = fits[chosen];
        var labels = pam.Labels.ToArray();
        var silhouette = Silhouette.Compute(distances.Values, distances.Count, labels);
        var stability = BootstrapStability.Compute(distances, labels, options.BootstrapSamples, options.Seed);
        var kMeans = KMeansPlusPlus.Fit(ScaledProfiles.From(profiles), k, options.KMeansRestarts, options.Seed);
        var quality = Quality(profiles, options, distances, pam, silhouette, kMeans.Labels, tree.Cut(k));

        var clusters = Enumerable.Range(0, k).Select(c => new ClusterSummary(
            c,
            profiles.UnitCodes[pam.Medoids[c]],
            labels.Count(label => label == c),
            silhouette.PerCluster[c],
            stability[c],
            stability[c] >= options.StabilityThreshold)).ToList();
        var units = Enumerable.Range(0, profiles.Count).Select(u => new UnitPlacement(
            profiles.UnitCodes[u],
            labels[u],
            silhouette.PerUnit[u],
            silhouette.PerUnit[u] < 0,
            map.Points[u].X,
            map.Points[u].Y)).ToList();
        return new ClusterRun(
            Inputs(profiles, options, ks, k), ClusterRunStatus.Clustered, candidates, clusters, units, quality, mapSummary, heatmapOrder);
    }

    private static ClusterQuality Quality(
        ProfileSet profiles,
        ClusterRunOptions options,
        DistanceMatrix distances,
        KMedoidsResult pam,
        SilhouetteResult silhouette,
        IReadOnlyList<int> kMeans,
        IReadOnlyList<int> hierarchical)
    {
        var withKMeans = AdjustedRandIndex.Compute(pam.Labels, kMeans);
        var withTree = AdjustedRandIndex.Compute(pam.Labels, hierarchical);
        var (withPrevious, overlap) = AgreementWithPrevious(profiles, pam.Labels, options.PreviousClusters);
        var reasons = new List<string>();
        if (withKMeans < options.AgreementThreshold)
        {
            reasons.Add(Invariant($"PAM and k-means agree at ARI {withKMeans:0.00}, below {options.AgreementThreshold:0.00}"));
        }

        if (withTree < options.AgreementThreshold)
        {
            reasons.Add(Invariant($"PAM and average linkage agree at ARI {withTree:0.00}, below {options.AgreementThreshold:0.00}"));
        }

        if (silhouette.Mean < options.WeakSilhouetteThreshold)
        {
            reasons.Add(Invariant($"mean silhouette {silhouette.Mean:0.00} is below {options.WeakSilhouetteThreshold:0.00}"));
        }

        return new ClusterQuality(
            silhouette.Mean,
            DaviesBouldin.Compute(distances.Values, distances.Count, pam.Labels, pam.Medoids),
            withKMeans,
            withTree,
            withPrevious,
            overlap,
            reasons.Count > 0,
            reasons);
    }

    private static (double? Agreement, int Overlap) AgreementWithPrevious(
        ProfileSet profiles, IReadOnlyList<int> labels, IReadOnlyDictionary<string, int>? previous)
    {
        if (previous is null)
        {
            return (null, 0);
        }

        var now = new List<int>();
        var before = new List<int>();
        for (var u = 0; u < profiles.Count; u++)
        {
            if (previous.TryGetValue(profiles.UnitCodes[u], out var cluster))
            {
                now.Add(labels[u]);
                before.Add(cluster);
            }
        }

        return (now.Count >= 2 ? AdjustedRandIndex.Compute(now, before) : null, now.Count);
    }

    private static ClusterRun Unclustered(
        ProfileSet profiles,
        ClusterRunOptions options,
        int[] ks,
        IReadOnlyList<KCandidate> candidates,
        ClusterRunStatus status,
        ProfileMap map,
        MapSummary mapSummary,
        IReadOnlyList<string> heatmapOrder)
    {
        var units = Enumerable.Range(0, profiles.Count)
            .Select(u => new UnitPlacement(profiles.UnitCodes[u], null, null, false, map.Points[u].X, map.Points[u].Y))
            .ToList();
        return new ClusterRun(Inputs(profiles, options, ks, null), status, candidates, [], units, null, mapSummary, heatmapOrder);
    }

    private static ClusterRunInputs Inputs(ProfileSet profiles, ClusterRunOptions options, int[] ks, int? chosenK)
    {
        var framework = profiles.Framework;
        var weights = framework.Domains
            .Select((domain, d) => new DomainWeight(domain, framework.DomainSizes[d], 1.0 / framework.Domains.Count))
            .ToList();
        return new ClusterRunInputs(
            profiles.RoundLabel,
            profiles.Count,
            framework.Count,
            options.Seed,
            KMedoids.Name,
            [KMeansPlusPlus.Name, AverageLinkage.Name],
            GowerDistance.Name,
            weights,
            ks,
            chosenK,
            RecordedOptions.From(options));
    }

    private static void Validate(ClusterRunOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxClusters, 2, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.UnitsPerCluster, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinClusterSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BootstrapSamples, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.KMeansRestarts, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.SilhouetteTolerance, nameof(options));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
