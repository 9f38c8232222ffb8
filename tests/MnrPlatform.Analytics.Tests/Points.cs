using MnrPlatform.Analytics.Distances;

namespace MnrPlatform.Analytics.Tests;

/// <summary>Distance matrices of points, for examples that can be checked by hand.</summary>
internal static class Points
{
    /// <summary>Distances |x − y| between points on a line.</summary>
    public static DistanceMatrix OnLine(params double[] x) =>
        Euclidean([.. x.Select(v => new[] { v })]);

    /// <summary>Euclidean distances between points of any dimension.</summary>
    public static DistanceMatrix Euclidean(double[][] points)
    {
        var n = points.Length;
        var d = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                d[i, j] = Math.Sqrt(points[i].Zip(points[j], (a, b) => (a - b) * (a - b)).Sum());
            }
        }

        return DistanceMatrix.FromSquare(d);
    }
}
