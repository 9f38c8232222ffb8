namespace MnrPlatform.Analytics.Runs;

/// <summary>The settings of a clustering run. The defaults are the documented choices of the module.</summary>
public sealed record ClusterRunOptions
{
    /// <summary>The seed every random choice of the run derives from.</summary>
    public int Seed { get; init; } = 20250101;

    /// <summary>The largest k tried.</summary>
    public int MaxClusters { get; init; } = 8;

    /// <summary>k is at most (number of units) / this, so clusters average at least this many units.</summary>
    public int UnitsPerCluster { get; init; } = 10;

    /// <summary>A k whose k-means partition has a smaller cluster than this is not chosen.</summary>
    public int MinClusterSize { get; init; } = 3;

    /// <summary>The smallest k whose mean silhouette is within this of the best is chosen.</summary>
    public double SilhouetteTolerance { get; init; } = 0.02;

    /// <summary>Bootstrap draws for cluster stability.</summary>
    public int BootstrapSamples { get; init; } = 100;

    /// <summary>A cluster whose bootstrap Jaccard is below this is unstable and not used for suggestions.</summary>
    public double StabilityThreshold { get; init; } = 0.6;

    /// <summary>An adjusted Rand index between k-means and a cross-check (PAM, average linkage) below this marks weak structure.</summary>
    public double AgreementThreshold { get; init; } = 0.5;

    /// <summary>
    /// A mean silhouette below this also marks weak structure (Kaufman and Rousseeuw: 0.25 or less
    /// means no substantial structure).
    /// </summary>
    public double WeakSilhouetteThreshold { get; init; } = 0.25;

    /// <summary>Seeded ML.NET k-means runs per k; the one with the lowest within-cluster sum wins.</summary>
    public int KMeansSeeds { get; init; } = 10;

    /// <summary>Above this many units the map is landmark MDS with this many landmarks.</summary>
    public int MaxExactMapUnits { get; init; } = Mapping.ClassicalScaling.DefaultMaxExactUnits;

    /// <summary>The cluster of each unit in a previous run, to report agreement with it; null when there is none.</summary>
    public IReadOnlyDictionary<string, int>? PreviousClusters { get; init; }
}
