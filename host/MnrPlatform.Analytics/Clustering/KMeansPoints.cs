using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace MnrPlatform.Analytics.Clustering;

/// <summary>
/// Points loaded once into a cached ML.NET data view, so that every k and every seed trains on the
/// same in-memory columns instead of reconverting the rows. ML.NET's KMeans silently drops a row with
/// a missing value, so a point must have every coordinate: replace missing values first
/// (<see cref="ScaledProfiles"/>).
/// </summary>
public sealed class KMeansPoints
{
    /// <summary>The name of the feature column.</summary>
    internal const string FeaturesColumn = "Features";

    private KMeansPoints(double[][] values, IDataView view)
    {
        Values = values;
        View = view;
    }

    /// <summary>The number of points.</summary>
    public int Count => Values.Length;

    /// <summary>The points as given, in double precision (ML.NET trains on their single-precision copy).</summary>
    internal double[][] Values { get; }

    /// <summary>The cached data view with one vector column, <see cref="FeaturesColumn"/>.</summary>
    internal IDataView View { get; }

    /// <summary>Loads the points.</summary>
    /// <param name="points">At least one point; all of the same dimension (at least 1), every coordinate finite.</param>
    public static KMeansPoints From(IReadOnlyList<double[]> points) => From(points, cache: true);

    /// <summary>Loads the points; uncached when they are read once (a prediction).</summary>
    internal static KMeansPoints From(IReadOnlyList<double[]> points, bool cache)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("k-means needs at least one point.", nameof(points));
        }

        var values = points.Select(p => (double[])p.Clone()).ToArray();
        var dimension = values[0].Length;
        Validate(values, dimension);

        // Loading and caching draw no random numbers; the seed only keeps the context deterministic.
        var context = new MLContext(seed: 0);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[0].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var rows = values.Select(p => new FeatureRow { Features = [.. p.Select(v => (float)v)] }).ToArray();
        var loaded = context.Data.LoadFromEnumerable(rows, schema);
        var view = cache ? context.Data.Cache(loaded) : loaded;
        return new KMeansPoints(values, view);
    }

    private static void Validate(double[][] values, int dimension)
    {
        if (dimension == 0)
        {
            throw new ArgumentException("k-means needs points with at least one coordinate.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Length != dimension)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Point {i} has {values[i].Length} coordinates; point 0 has {dimension}."), nameof(values));
            }

            var bad = Array.FindIndex(values[i], v => !double.IsFinite(v));
            if (bad >= 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Point {i}, coordinate {bad} is {values[i][bad]}: replace missing values before k-means (ML.NET would drop the row)."),
                    nameof(values));
            }
        }
    }

    private sealed class FeatureRow
    {
        public float[] Features { get; set; } = [];
    }
}
