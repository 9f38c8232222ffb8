namespace MnrPlatform.Analytics.Runs;

/// <summary>What a run was computed from and with, so that it can be repeated and compared.</summary>
/// <param name="RoundLabel">The round of the profiles.</param>
/// <param name="UnitCount">The number of units clustered.</param>
/// <param name="CapabilityCount">The number of capabilities per profile.</param>
/// <param name="Seed">The seed every random choice derives from.</param>
/// <param name="Algorithm">The clustering algorithm of record.</param>
/// <param name="Engine">The library and trainer that ran it, with the package version.</param>
/// <param name="CrossChecks">The algorithms the primary partition is compared with.</param>
/// <param name="DistanceName">The distance between profiles.</param>
/// <param name="DomainWeights">Each domain's weight in the distance.</param>
/// <param name="KCandidates">The k values tried.</param>
/// <param name="ChosenK">The k chosen, or null when no clusters were made.</param>
/// <param name="KSelection">How k was chosen, in words.</param>
/// <param name="Options">The settings of the run.</param>
public sealed record ClusterRunInputs(
    string RoundLabel,
    int UnitCount,
    int CapabilityCount,
    int Seed,
    string Algorithm,
    string Engine,
    IReadOnlyList<string> CrossChecks,
    string DistanceName,
    IReadOnlyList<DomainWeight> DomainWeights,
    IReadOnlyList<int> KCandidates,
    int? ChosenK,
    string KSelection,
    RecordedOptions Options);

/// <summary>A domain's weight in the distance.</summary>
/// <param name="Domain">The domain code.</param>
/// <param name="CapabilityCount">How many capabilities the domain has.</param>
/// <param name="Weight">The domain's share of the distance when every value is present.</param>
public sealed record DomainWeight(string Domain, int CapabilityCount, double Weight);

/// <summary>The thresholds and counts a run used, as recorded in its result.</summary>
/// <param name="MaxClusters">The largest k tried.</param>
/// <param name="UnitsPerCluster">k is at most units / this.</param>
/// <param name="MinClusterSize">The smallest cluster a chosen k may have.</param>
/// <param name="SilhouetteTolerance">How far below the best mean silhouette a smaller k may be.</param>
/// <param name="BootstrapSamples">Bootstrap draws for stability.</param>
/// <param name="StabilityThreshold">Clusters below this bootstrap Jaccard are unstable.</param>
/// <param name="AgreementThreshold">An ARI below this marks weak structure.</param>
/// <param name="WeakSilhouetteThreshold">A mean silhouette below this marks weak structure.</param>
/// <param name="KMeansSeeds">Seeded k-means runs per k; the lowest within-cluster sum wins.</param>
/// <param name="MaxExactMapUnits">Above this many units the map uses landmarks.</param>
public sealed record RecordedOptions(
    int MaxClusters,
    int UnitsPerCluster,
    int MinClusterSize,
    double SilhouetteTolerance,
    int BootstrapSamples,
    double StabilityThreshold,
    double AgreementThreshold,
    double WeakSilhouetteThreshold,
    int KMeansSeeds,
    int MaxExactMapUnits)
{
    /// <summary>The recorded form of run options.</summary>
    /// <param name="options">The options of the run.</param>
    public static RecordedOptions From(ClusterRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(
            options.MaxClusters,
            options.UnitsPerCluster,
            options.MinClusterSize,
            options.SilhouetteTolerance,
            options.BootstrapSamples,
            options.StabilityThreshold,
            options.AgreementThreshold,
            options.WeakSilhouetteThreshold,
            options.KMeansSeeds,
            options.MaxExactMapUnits);
    }
}
