using MnrPlatform.Analytics.Profiles;

namespace MnrPlatform.Analytics.Distances;

/// <summary>A symmetric matrix of pairwise distances between units, zero on the diagonal.</summary>
public sealed class DistanceMatrix
{
    private readonly double[] values;

    private DistanceMatrix(int count, double[] values)
    {
        Count = count;
        this.values = values;
    }

    /// <summary>The number of units.</summary>
    public int Count { get; }

    /// <summary>The distance between units <paramref name="i"/> and <paramref name="j"/>.</summary>
    /// <param name="i">A unit index.</param>
    /// <param name="j">A unit index.</param>
    public double this[int i, int j] => values[(i * Count) + j];

    /// <summary>Row-major values, <see cref="Count"/> × <see cref="Count"/>.</summary>
    internal double[] Values => values;

    /// <summary>The domain-balanced Gower distance between every pair of profiles in the set.</summary>
    /// <param name="profiles">The profiles of a round.</param>
    public static DistanceMatrix Compute(ProfileSet profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var gower = new GowerDistance(profiles.Framework);
        var n = profiles.Count;
        var domains = profiles.Framework.Domains.Count;
        var values = new double[n * n];
        // Each row writes only its own cells, so the parallel loop gives the same matrix as a serial one.
        Parallel.For(0, n, i =>
        {
            Span<double> sums = stackalloc double[domains];
            Span<int> counts = stackalloc int[domains];
            var row = profiles.Row(i);
            for (var j = i + 1; j < n; j++)
            {
                var distance = gower.Compare(row, profiles.Row(j), -1, sums, counts).Distance;
                values[(i * n) + j] = distance;
                values[(j * n) + i] = distance;
            }
        });
        return new DistanceMatrix(n, values);
    }

    /// <summary>A matrix from given distances, e.g. for hand-checkable examples.</summary>
    /// <param name="distances">A square, symmetric, non-negative matrix with a zero diagonal.</param>
    public static DistanceMatrix FromSquare(double[,] distances)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var n = distances.GetLength(0);
        if (distances.GetLength(1) != n)
        {
            throw new ArgumentException("The matrix must be square.", nameof(distances));
        }

        var values = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var d = distances[i, j];
                if (!(d >= 0) || d != distances[j, i] || (i == j && d != 0))
                {
                    throw new ArgumentException($"Entry ({i}, {j}) breaks symmetry, non-negativity or the zero diagonal.", nameof(distances));
                }

                values[(i * n) + j] = d;
            }
        }

        return new DistanceMatrix(n, values);
    }

    /// <summary>
    /// Writes the sub-matrix of the given units, in the given order, row-major into the start of
    /// <paramref name="buffer"/> (used to recluster resamples without allocating a matrix per draw).
    /// </summary>
    internal void CopySubset(int[] units, double[] buffer)
    {
        var m = units.Length;
        for (var a = 0; a < m; a++)
        {
            var row = units[a] * Count;
            var target = a * m;
            for (var b = 0; b < m; b++)
            {
                buffer[target + b] = values[row + units[b]];
            }
        }
    }
}
