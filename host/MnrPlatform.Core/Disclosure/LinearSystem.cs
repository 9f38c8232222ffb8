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
        var rows = equations.Select(e => (double[])e.Clone()).ToList();
        var pivotRow = 0;
        for (var col = 0; col < unknowns && pivotRow < rows.Count; col++)
        {
            var best = pivotRow;
            for (var r = pivotRow + 1; r < rows.Count; r++)
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
            for (var c = 0; c < unknowns; c++)
            {
                rows[pivotRow][c] /= pivot;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                if (r != pivotRow && Math.Abs(rows[r][col]) > Epsilon)
                {
                    var factor = rows[r][col];
                    for (var c = 0; c < unknowns; c++)
                    {
                        rows[r][c] -= factor * rows[pivotRow][c];
                    }
                }
            }

            pivotRow++;
        }

        return rows.Take(pivotRow)
            .Select(row => Enumerable.Range(0, unknowns).Where(c => Math.Abs(row[c]) > Epsilon).ToList())
            .Where(nonZero => nonZero.Count == 1)
            .Select(nonZero => nonZero[0])
            .ToList();
    }
}
