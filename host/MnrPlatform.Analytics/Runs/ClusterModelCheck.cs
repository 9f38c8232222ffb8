using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using MnrPlatform.Analytics.Clustering;

namespace MnrPlatform.Analytics.Runs;

/// <summary>Loads the ML.NET part of a stored model and checks that it is the k-means its manifest describes.</summary>
internal static class ClusterModelCheck
{
    public static ITransformer Load(byte[] modelBytes, ClusterModelManifest manifest)
    {
        ITransformer model;
        DataViewSchema input;
        try
        {
            model = new MLContext(seed: 0).Model.Load(new MemoryStream(modelBytes, writable: false), out input);
        }
#pragma warning disable CA1031 // ML.NET reports a damaged model with many exception types; each becomes the same clear error.
        catch (Exception error) when (error is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new InvalidDataException($"The cluster model's {ClusterModelFile.ModelEntry} is not an ML.NET model ({error.Message}).", error);
        }

        var dimension = manifest.Capabilities.Count;
        var features = input.GetColumnOrNull(KMeansPoints.FeaturesColumn);
        if (features?.Type is not VectorDataViewType { ItemType: var item, Size: var size } || item != NumberDataViewType.Single || size != dimension)
        {
            throw new InvalidDataException(
                $"The cluster model's {ClusterModelFile.ModelEntry} reads '{KMeansPoints.FeaturesColumn}' as {features?.Type.ToString() ?? "nothing"}; its manifest has {dimension} capabilities (a vector of {dimension} single-precision values expected).");
        }

        // ML.NET loads the transformer typed by an interface of its model, not by KMeansModelParameters.
        if (model is not ISingleFeaturePredictionTransformer<object> { Model: KMeansModelParameters parameters })
        {
            throw new InvalidDataException($"The cluster model's {ClusterModelFile.ModelEntry} is a {model.GetType().Name}, not an ML.NET k-means model.");
        }

        VBuffer<float>[] centroids = [];
        parameters.GetClusterCentroids(ref centroids, out var k);
        if (k != manifest.ClusterOfLabel.Count)
        {
            throw new InvalidDataException(
                $"The cluster model's {ClusterModelFile.ModelEntry} has {k} clusters; its manifest maps {manifest.ClusterOfLabel.Count} labels.");
        }

        return model;
    }
}
