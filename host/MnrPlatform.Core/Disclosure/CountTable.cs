namespace MnrPlatform.Core.Disclosure;

/// <summary>
/// Counts of countries by a breakdown (rows, e.g. income groups) and a category (columns, e.g. the
/// answer), with row totals, column totals and the grand total. Each country counts once.
/// </summary>
public sealed class CountTable
{
    private readonly int[,] counts;

    /// <summary>Creates a table; <paramref name="counts"/> is rows × columns, every count ≥ 0.</summary>
    public CountTable(string breakdown, IReadOnlyList<string> rows, IReadOnlyList<string> columns, int[,] counts)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(counts);
        if (rows.Count == 0 || columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one row and one column.", nameof(counts));
        }

        if (counts.GetLength(0) != rows.Count || counts.GetLength(1) != columns.Count)
        {
            throw new ArgumentException($"Counts are {counts.GetLength(0)}×{counts.GetLength(1)}, labels {rows.Count}×{columns.Count}.", nameof(counts));
        }

        if (counts.Cast<int>().Any(n => n < 0))
        {
            throw new ArgumentException("Counts of countries cannot be negative.", nameof(counts));
        }

        Breakdown = breakdown;
        Rows = rows;
        Columns = columns;
        this.counts = (int[,])counts.Clone();
    }

    /// <summary>What the rows break the population down by (e.g. "Income group").</summary>
    public string Breakdown { get; }

    /// <summary>Row labels.</summary>
    public IReadOnlyList<string> Rows { get; }

    /// <summary>Column labels.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The countries in row <paramref name="row"/> and column <paramref name="column"/>.</summary>
    public int Count(int row, int column) => counts[row, column];

    /// <summary>The countries in a row.</summary>
    public int RowTotal(int row) => Enumerable.Range(0, Columns.Count).Sum(c => counts[row, c]);

    /// <summary>The countries in a column.</summary>
    public int ColumnTotal(int column) => Enumerable.Range(0, Rows.Count).Sum(r => counts[r, column]);

    /// <summary>Every country in the table.</summary>
    public int GrandTotal => counts.Cast<int>().Sum();

    /// <summary>
    /// Counts <paramref name="units"/> (one per country) into a table. Labels not listed in
    /// <paramref name="rows"/> or <paramref name="columns"/> are refused; listed labels with no unit
    /// get a zero row or column.
    /// </summary>
    public static CountTable Tally<T>(
        string breakdown,
        IEnumerable<T> units,
        Func<T, string> rowOf,
        Func<T, string> columnOf,
        IReadOnlyList<string> rows,
        IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(rowOf);
        ArgumentNullException.ThrowIfNull(columnOf);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        var counts = new int[rows.Count, columns.Count];
        foreach (var unit in units)
        {
            var r = IndexOf(rows, rowOf(unit), "row");
            var c = IndexOf(columns, columnOf(unit), "column");
            counts[r, c]++;
        }

        return new CountTable(breakdown, rows, columns, counts);
    }

    /// <summary>A value of the table extended by its totals: row index <c>Rows.Count</c> is the total row, column index <c>Columns.Count</c> the total column.</summary>
    public int Extended(int row, int column) => (row == Rows.Count, column == Columns.Count) switch
    {
        (true, true) => GrandTotal,
        (true, false) => ColumnTotal(column),
        (false, true) => RowTotal(row),
        _ => counts[row, column],
    };

    private static int IndexOf(IReadOnlyList<string> labels, string label, string what)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{label}' is not one of the table's {what}s: {string.Join(", ", labels)}.");
    }
}
