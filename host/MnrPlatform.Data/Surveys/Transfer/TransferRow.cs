namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// One answer as a file holds it, before validation: every format reads into this. Values are as
/// written (a formula-neutralising quote already removed, see <see cref="FormulaGuard"/>); empty
/// optional fields are null.
/// </summary>
/// <param name="Location">The row (file, sheet, row); a field's column comes from <paramref name="Columns"/>.</param>
/// <param name="Columns">How the file labels each field's column.</param>
/// <param name="Round">The round code the row names; null when the format names it once (JSON, template).</param>
/// <param name="Country">ISO3.</param>
/// <param name="Instrument">Instrument code.</param>
/// <param name="Question">Question id.</param>
/// <param name="Value">The value.</param>
/// <param name="Comment">The comment, if any.</param>
/// <param name="Evidence">The evidence link, if any.</param>
public sealed record TransferRow(
    TransferLocation Location,
    ColumnLabels Columns,
    string? Round,
    string Country,
    string Instrument,
    string Question,
    string Value,
    string? Comment,
    string? Evidence)
{
    /// <summary>Where <paramref name="field"/> of this row is.</summary>
    public TransferLocation At(TransferField field) => Location.At(Columns.Of(field));
}

/// <summary>
/// What a reader makes of a file: its rows, handed on one by one as they are read (a million rows
/// are checked without being held), and the rounds it names once.
/// </summary>
/// <param name="accept">Takes each row, in file order.</param>
public sealed class ParsedFile(Action<TransferRow> accept)
{
    /// <summary>Hands on a row read.</summary>
    public void Add(TransferRow row) => accept(row);

    /// <summary>
    /// The round codes a file names once for many rows (JSON "round", each template sheet's info
    /// area), with where; the long forms name the round in every row instead.
    /// </summary>
    public List<(string Round, TransferLocation Location)> DeclaredRounds { get; } = [];

    /// <summary>True when the file is the wide XLSX template.</summary>
    public bool IsTemplate { get; set; }
}
