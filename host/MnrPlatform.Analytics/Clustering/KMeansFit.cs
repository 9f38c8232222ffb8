using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MnrPlatform.Analytics.Clustering;

/// <summary>A k-means partition with the trained ML.NET model that made it.</summary>
/// <param name="Result">The partition, labels 0..k−1 in ML.NET's centroid order.</param>
/// <param name="Model">The trained model; it labels a point 1..k (ML.NET's key), one more than <see cref="KMeansResult.Labels"/>.</param>
internal sealed record KMeansFit(KMeansResult Result, ClusteringPredictionTransformer<KMeansModelParameters> Model);
