using Microsoft.ML;
using Microsoft.ML.Data;
using MnrPlatform.Analytics.Clustering;
using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Runs;

/// <summary>
/// The trained k-means of a stored run: the ML.NET model with what it needs to read a profile the
/// way the run did (the capability order, the means that replaced missing values, the domain
/// scaling) and the map from ML.NET's labels to the run's cluster numbers. It places a unit that
/// was not clustered (prediction, not re-clustering).
/// </summary>
public sealed class ClusterModel
{
    private readonly ClusterModelManifest manifest;
    private readonly ITransformer model;
    // ML.NET's model file, written when first asked for: a run that is not stored does not pay for it.
    private readonly Lazy<byte[]> modelBytes;

    private ClusterModel(ClusterModelManifest manifest, ITransformer model, Lazy<byte[]> modelBytes)
    {
        this.manifest = manifest;
        this.model = model;
        this.modelBytes = modelBytes;
    }

    /// <summary>The capability codes the model reads, in order.</summary>
    public IReadOnlyList<string> CapabilityCodes => [.. manifest.Capabilities.Select(c => c.Code)];

    /// <summary>Reads a model written by <see cref="ToBytes"/>; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    /// <param name="bytes">The stored model.</param>
    public static ClusterModel Load(byte[] bytes)
    {
        var (manifestBytes, modelBytes) = ClusterModelFile.Unpack(bytes);
        var manifest = ClusterModelManifest.Read(manifestBytes);
        return new ClusterModel(manifest, ClusterModelCheck.Load(modelBytes, manifest), new Lazy<byte[]>(modelBytes));
    }

    /// <summary>The model as bytes to store (a zip: the ML.NET model and its reading instructions).</summary>
    public byte[] ToBytes() => ClusterModelFile.Pack(manifest.ToJson(), modelBytes.Value);

    /// <summary>
    /// Each unit of <paramref name="profiles"/> assigned to the run's cluster whose centroid is
    /// nearest, in the run's numbering. The profiles' framework must have the model's capabilities.
    /// </summary>
    /// <param name="profiles">The units to place.</param>
    public IReadOnlyList<UnitAssignment> Place(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var columns = Columns(profiles.Framework);
        if (profiles.Count == 0)
        {
            return [];
        }

        var means = manifest.Capabilities.Select(c => c.Mean).ToArray();
        var scales = manifest.Capabilities.Select(c => c.Scale).ToArray();
        var points = Enumerable.Range(0, profiles.Count).Select(u => ScaledProfiles.Point(profiles, u, columns, means, scales)).ToArray();
        var predicted = model.Transform(KMeansPoints.From(points, cache: false).View);
        var labels = predicted.GetColumn<uint>(MlNetKMeans.PredictedLabel).ToArray();
        var scores = predicted.GetColumn<float[]>(MlNetKMeans.Score).ToArray();
        return [.. Enumerable.Range(0, profiles.Count).Select(u => new UnitAssignment(
            profiles.UnitCodes[u],
            manifest.ClusterOfLabel[(int)labels[u] - 1],
            scores[u][labels[u] - 1]))];
    }

    /// <summary>The model of a run's chosen fit.</summary>
    /// <param name="profiles">The profiles the run clustered.</param>
    /// <param name="points">The points k-means trained on (for the input schema).</param>
    /// <param name="fit">The chosen fit.</param>
    /// <param name="clusterOfLabel">The run cluster of each of the fit's labels 0..k−1 (none empty).</param>
    internal static ClusterModel Create(ProfileSet profiles, KMeansPoints points, KMeansFit fit, int[] clusterOfLabel)
    {
        var means = ScaledProfiles.CapabilityMeans(profiles);
        var scales = ScaledProfiles.Scales(profiles.Framework);
        var manifest = new ClusterModelManifest(
            ClusterModelManifest.FormatName,
            ClusterModelManifest.CurrentVersion,
            MlNetKMeans.Engine,
            [.. profiles.Framework.Capabilities.Select((c, i) => new ModelCapability(c.Code, means[i], scales[i]))],
            clusterOfLabel);
        var schema = points.View.Schema;
        return new ClusterModel(manifest, fit.Model, new Lazy<byte[]>(() => Save(fit.Model, schema)));
    }

    private static byte[] Save(ITransformer model, DataViewSchema schema)
    {
        using var saved = new MemoryStream();
        new MLContext(seed: 0).Model.Save(model, schema, saved);
        return ClusterModelFile.Normalise(saved.ToArray());
    }

    private int[] Columns(CapabilityFramework framework)
    {
        var columns = manifest.Capabilities.Select(c => framework.IndexOf(c.Code)).ToArray();
        var missing = manifest.Capabilities.Where((_, i) => columns[i] < 0).Select(c => c.Code).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"The profiles lack capabilities the cluster model reads: {string.Join(", ", missing)}. A stored model places profiles of the framework it was trained on.",
                nameof(framework));
        }

        return columns;
    }
}

/// <summary>A unit placed in a stored run's cluster by its model.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Cluster">The run's cluster number.</param>
/// <param name="Distance">The squared distance to that cluster's centroid in the model's scaled space.</param>
public sealed record UnitAssignment(string UnitCode, int Cluster, double Distance);
