using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// k-means by ML.NET's <see cref="KMeansTrainer"/> with k-means++ starts, restarted with seeds derived
/// from one seed; the restart with the lowest within-cluster sum of squares wins (the earliest on
/// ties). Each restart has its own <see cref="MLContext"/> seeded with its derived seed and trains on
/// <b>one thread</b>: with more, ML.NET's lock-free updates give different clusters on identical runs
/// (dotnet/machinelearning #6375, #249). The trainer has no restarts of its own, and one start can
/// settle in a poor local optimum.
/// </summary>
public static class MlNetKMeans
{
    /// <summary>The name runs record for this algorithm.</summary>
    public const string Name = "mlnet-kmeans";

    private const int Stream = 2;

    /// <summary>The trainer's output column: the cluster as a key, 1..k.</summary>
    internal const string PredictedLabel = "PredictedLabel";

    /// <summary>The trainer's output column: the squared distance to each of the k centroids.</summary>
    internal const string Score = "Score";

    /// <summary>The engine as runs record it, e.g. "Microsoft.ML 6.0.0 KMeansTrainer".</summary>
    public static string Engine { get; } = "Microsoft.ML " + PackageVersion() + " KMeansTrainer";

    /// <summary>The best of several seeded ML.NET k-means runs.</summary>
    /// <param name="points">The points.</param>
    /// <param name="k">The number of clusters, 1..number of points.</param>
    /// <param name="seeds">How many seeded runs to try, at least 1.</param>
    /// <param name="seed">The seed the runs' seeds derive from.</param>
    public static KMeansResult Fit(KMeansPoints points, int k, int seeds, int seed) => FitWithModel(points, k, seeds, seed).Result;

    /// <summary>As <see cref="Fit"/>, with the winning restart's trained ML.NET model, to store and predict with.</summary>
    internal static KMeansFit FitWithModel(KMeansPoints points, int k, int seeds, int seed)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, points.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        KMeansFit? best = null;
        for (var run = 0; run < seeds; run++)
        {
            var fit = FitOnce(points, k, SeedSequence.Derive(seed, Stream, run));
            if (best is null || fit.Result.Inertia < best.Result.Inertia)
            {
                best = fit;
            }
        }

        return best!;
    }

    private static KMeansFit FitOnce(KMeansPoints points, int k, int seed)
    {
        var context = new MLContext(seed);
        var trainer = context.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = KMeansPoints.FeaturesColumn,
            NumberOfClusters = k,
            NumberOfThreads = 1,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
        });
        var model = trainer.Fit(points.View);
        var labels = model.Transform(points.View)
            .GetColumn<uint>(PredictedLabel)
            .Select(label => (int)label - 1)
            .ToArray();
        return new KMeansFit(new KMeansResult(labels, WithinClusterSum(points.Values, labels, k)), model);
    }

    /// <summary>The sum of squared distances from each point to its cluster's mean, in double precision.</summary>
    internal static double WithinClusterSum(double[][] points, IReadOnlyList<int> labels, int k)
    {
        var means = ClusterMeans(points, labels, k);
        var sum = 0.0;
        for (var i = 0; i < points.Length; i++)
        {
            sum += SquaredDistance(points[i], means[labels[i]]);
        }

        return sum;
    }

    /// <summary>Each cluster's mean point (all zeros for an empty cluster).</summary>
    internal static double[][] ClusterMeans(double[][] points, IReadOnlyList<int> labels, int k)
    {
        var dimension = points[0].Length;
        var means = Enumerable.Range(0, k).Select(_ => new double[dimension]).ToArray();
        var counts = new int[k];
        for (var i = 0; i < points.Length; i++)
        {
            counts[labels[i]]++;
            for (var x = 0; x < dimension; x++)
            {
                means[labels[i]][x] += points[i][x];
            }
        }

        for (var c = 0; c < k; c++)
        {
            for (var x = 0; x < dimension && counts[c] > 0; x++)
            {
                means[c][x] /= counts[c];
            }
        }

        return means;
    }

    internal static double SquaredDistance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var x = 0; x < a.Length; x++)
        {
            var difference = a[x] - b[x];
            sum += difference * difference;
        }

        return sum;
    }

    private static string PackageVersion()
    {
        var version = typeof(MLContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
