using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Distances;
using MnrPlatform.Analytics.Mapping;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// One clustering run over a round's profiles. The engine of record is ML.NET's k-means on the
/// profiles with missing values replaced by capability means and domains balanced, best of several
/// seeds on one thread, with k chosen by the mean silhouette on the domain-balanced Gower distance.
/// PAM on the Gower distance (which needs no imputation) and average linkage cross-check it; the
/// bootstrap gives stability; classical scaling gives the 2-D map and the tree the heatmap order.
/// The same profiles and options give the same result, to the byte once serialised by
/// <see cref="ClusterRunJson"/>.
/// </summary>
public static class ClusterAnalysis
{
    /// <summary>Clusters the profiles of a round.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="options">The settings; null for the defaults.</param>
    public static ClusterRun Run(ProfileSet profiles, ClusterRunOptions? options = null) => RunWithModel(profiles, options).Run;

    /// <summary>Clusters the profiles of a round and keeps the trained model, to store and to place later units with.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <param name="options">The settings; null for the defaults.</param>
    public static ClusterRunResult RunWithModel(ProfileSet profiles, ClusterRunOptions? options = null)
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
            return new(Unclustered(profiles, options, ks, [], ClusterRunStatus.TooFewUnits, map, mapSummary, heatmapOrder), null);
        }

        var points = KMeansPoints.From(ScaledProfiles.From(profiles));
        var (candidates, fits, models) = KSelection.Evaluate(points, distances, ks, options);
        var chosen = KSelection.Choose(candidates, options.SilhouetteTolerance);
        if (chosen < 0)
        {
            return new(Unclustered(profiles, options, ks, candidates, ClusterRunStatus.NoAdmissibleK, map, mapSummary, heatmapOrder), null);
        }

        var k = ks[chosen];
        var partition = fits[chosen];
        var labels = partition.Labels;
        var silhouette = Silhouette.Compute(distances.Values, distances.Count, labels);
        var stability = BootstrapStability.Compute(distances, labels, options.BootstrapSamples, options.Seed);
        var pam = KMedoids.Fit(distances, k);
        var quality = RunQuality.Assess(profiles, options, distances, partition, silhouette, pam.Labels, tree.Cut(k));
        var centroids = Centroids(ScaledProfiles.Imputed(profiles), labels, k);

        var clusters = Enumerable.Range(0, k).Select(c => new ClusterSummary(
            c,
            profiles.UnitCodes[partition.Exemplars[c]],
            partition.Sizes[c],
            silhouette.PerCluster[c],
            stability[c],
            stability[c] >= options.StabilityThreshold,
            centroids[c])).ToList();
        var units = Enumerable.Range(0, profiles.Count).Select(u => new UnitPlacement(
            profiles.UnitCodes[u],
            labels[u],
            silhouette.PerUnit[u],
            silhouette.PerUnit[u] < 0,
            map.Points[u].X,
            map.Points[u].Y)).ToList();
        var run = new ClusterRun(
            Inputs(profiles, options, ks, k), ClusterRunStatus.Clustered, candidates, clusters, units, quality, mapSummary, heatmapOrder);
        return new(run, ClusterModel.Create(profiles, points, models[chosen], partition.ClusterOfLabel));
    }

    // The centroid in profile values (0..1), not in the scaled space k-means ran in, so readers can
    // compare it with the profiles.
    private static double[][] Centroids(double[][] imputed, int[] labels, int k) => MlNetKMeans.ClusterMeans(imputed, labels, k);

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
            MlNetKMeans.Name,
            MlNetKMeans.Engine,
            [KMedoids.Name, AverageLinkage.Name],
            GowerDistance.Name,
            weights,
            ks,
            chosenK,
            KSelection.Describe(options),
            RecordedOptions.From(options));
    }

    private static void Validate(ClusterRunOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxClusters, 2, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.UnitsPerCluster, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinClusterSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BootstrapSamples, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.KMeansSeeds, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.SilhouetteTolerance, nameof(options));
    }
}
