namespace MnrPlatform.Core.Disclosure;

/// <summary>What an attacker can solve for: the unknowns a homogeneous linear system fixes.</summary>
internal static class LinearSystem
{
    private const double Epsilon = 1e-9;

    /// <summary>
    /// The indices of the unknowns whose value the equations determine: those whose unit vector
    /// lies in the row space, i.e. a row of the reduced row echelon form with a single non-zero.
    /// Coefficients are small integers, so double precision with a tolerance is exact enough.
    /// </summary>
    public static IReadOnlyList<int> DeterminedUnknowns(IReadOnlyList<double[]> equations, int unknowns)
    {
        var rows = equations.Select(e => (double[])e.Clone()).ToArray();
        var pivots = ReduceRows(rows, unknowns);
        return pivots
            .Select(p => Enumerable.Range(0, unknowns).Where(c => Math.Abs(rows[p.Row][c]) > Epsilon).ToList())
            .Where(nonZero => nonZero.Count == 1)
            .Select(nonZero => nonZero[0])
            .ToList();
    }

    /// <summary>
    /// Brings <paramref name="rows"/> to reduced row echelon form in place (Gauss–Jordan with partial
    /// pivoting), choosing pivots among the first <paramref name="columns"/> columns; any further
    /// columns (e.g. a right-hand side) are carried along. Returns each pivot's row and column.
    /// </summary>
    public static IReadOnlyList<(int Row, int Column)> ReduceRows(double[][] rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var pivots = new List<(int Row, int Column)>();
        for (var col = 0; col < columns && pivots.Count < rows.Length; col++)
        {
            var pivotRow = pivots.Count;
            var best = pivotRow;
            for (var r = pivotRow + 1; r < rows.Length; r++)
            {
                if (Math.Abs(rows[r][col]) > Math.Abs(rows[best][col]))
                {
                    best = r;
                }
            }

            if (Math.Abs(rows[best][col]) < Epsilon)
            {
                continue;
            }

            (rows[pivotRow], rows[best]) = (rows[best], rows[pivotRow]);
            var pivot = rows[pivotRow][col];
            for (var c = 0; c < rows[pivotRow].Length; c++)
            {
                rows[pivotRow][c] /= pivot;
            }

            for (var r = 0; r < rows.Length; r++)
            {
                if (r != pivotRow && Math.Abs(rows[r][col]) > Epsilon)
                {
                    var factor = rows[r][col];
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        rows[r][c] -= factor * rows[pivotRow][c];
                    }
                }
            }

            pivots.Add((pivotRow, col));
        }

        return pivots;
    }

    /// <summary>A reduced basis of the span: each row with its pivot, earlier pivots cleared from later rows.</summary>
    public static List<(int Pivot, double[] Row)> Basis(IEnumerable<double[]> rows)
    {
        var basis = new List<(int Pivot, double[] Row)>();
        foreach (var row in rows)
        {
            var r = Reduce(basis, row);
            var pivot = Array.FindIndex(r, x => Math.Abs(x) > Epsilon);
            if (pivot >= 0)
            {
                var scale = r[pivot];
                for (var i = 0; i < r.Length; i++)
                {
                    r[i] /= scale;
                }

                basis.Add((pivot, r));
            }
        }

        return basis;
    }

    private static double[] Reduce(List<(int Pivot, double[] Row)> basis, double[] vector)
    {
        var v = (double[])vector.Clone();
        foreach (var (pivot, row) in basis)
        {
            var factor = v[pivot];
            if (Math.Abs(factor) > Epsilon)
            {
                for (var i = 0; i < v.Length; i++)
                {
                    v[i] -= factor * row[i];
                }
            }
        }

        return v;
    }

    /// <summary>True when <paramref name="vector"/> is a combination of the rows of <paramref name="basis"/>.</summary>
    public static bool InSpan(List<(int Pivot, double[] Row)> basis, double[] vector) => Reduce(basis, vector).All(x => Math.Abs(x) < 1e-6);
}
