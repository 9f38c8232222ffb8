namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Maps a long form's header (CSV or the XLSX answers sheet) to fields: every required column
/// present once, no unknown column. Columns may come in any order.
/// </summary>
internal sealed class CsvHeader
{
    private readonly int[] indexes;

    private CsvHeader(int[] indexes, ColumnLabels labels)
    {
        this.indexes = indexes;
        Labels = labels;
    }

    /// <summary>How the file labels each field's column.</summary>
    public ColumnLabels Labels { get; }

    /// <summary>The position of <paramref name="field"/>'s column; -1 when the file leaves it out.</summary>
    public int Index(TransferField field) => indexes[(int)field];

    /// <summary>
    /// The mapping of <paramref name="names"/>, or null after adding the header's problems.
    /// <paramref name="columnName"/> turns a position into the file's column name (1, 2… or A, B…).
    /// </summary>
    public static CsvHeader? Map(IReadOnlyList<string> names, TransferLocation location, ProblemList problems, Func<int, string> columnName)
    {
        var indexes = Enumerable.Repeat(-1, TransferColumns.Names.Count).ToArray();
        var labels = new ColumnLabels();
        var before = problems.Total;
        for (var i = 0; i < names.Count; i++)
        {
            if (TransferColumns.Find(names[i]) is not { } field)
            {
                problems.Add(location.At(columnName(i)), names[i].Trim().Length == 0
                    ? $"the header has an empty column name; the columns are {string.Join(",", TransferColumns.Names)}"
                    : $"unknown column \"{names[i].Trim()}\"; the columns are {string.Join(",", TransferColumns.Names)}");
                continue;
            }

            if (indexes[(int)field] >= 0)
            {
                problems.Add(location.At(columnName(i)), $"column \"{TransferColumns.Name(field)}\" appears twice");
                continue;
            }

            indexes[(int)field] = i;
            labels.Set(field, $"{columnName(i)} ({TransferColumns.Name(field)})");
        }

        var missing = TransferColumns.Required.Where(f => indexes[(int)f] < 0).Select(TransferColumns.Name).ToList();
        if (missing.Count > 0)
        {
            problems.Add(location, $"missing column(s) {string.Join(", ", missing)}; the header must name {string.Join(",", TransferColumns.Names)} (comment and evidence may be left out)");
        }

        return problems.Total == before ? new CsvHeader(indexes, labels) : null;
    }

    /// <summary>A row from a record's <paramref name="cells"/> (by column position; a missing cell is empty).</summary>
    public TransferRow Row(TransferLocation location, IReadOnlyList<string?> cells)
    {
        string Cell(TransferField field) => indexes[(int)field] is var i and >= 0 && i < cells.Count ? cells[i] ?? "" : "";
        return new TransferRow(
            location,
            Labels,
            Cell(TransferField.Round),
            Cell(TransferField.Country),
            Cell(TransferField.Instrument),
            Cell(TransferField.Question),
            Cell(TransferField.Value),
            NullIfEmpty(Cell(TransferField.Comment)),
            NullIfEmpty(Cell(TransferField.Evidence)));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
