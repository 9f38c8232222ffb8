using System.Globalization;
using System.Text;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Where in a file something is: the file, a sheet (XLSX), a row (1-based as a spreadsheet or
/// editor shows it; for JSON the answer's number in "answers", or the line of a syntax error) and
/// a column. A problem about the whole file has neither row nor column.
/// </summary>
/// <param name="File">The file's name.</param>
/// <param name="Sheet">The sheet; null for CSV and JSON.</param>
/// <param name="Row">The row; null for the whole file or sheet.</param>
/// <param name="Column">The column (e.g. <c>E (value)</c>); null for a whole row.</param>
/// <param name="RowWord">What a row is called in this format: row, answer (JSON) or line.</param>
public sealed record TransferLocation(string File, string? Sheet = null, int? Row = null, string? Column = null, string RowWord = "row")
{
    /// <summary>This location with <paramref name="column"/>.</summary>
    public TransferLocation At(string column) => this with { Column = column };

    /// <summary>"answers.csv, row 12, column 5 (value)"; "book.xlsx, sheet answers, row 3"; "answers.csv" for the file.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Sheet is not null)
        {
            text.Append(", sheet ").Append(Sheet);
        }

        if (Row is { } row)
        {
            text.Append(", ").Append(RowWord).Append(' ').Append(row.ToString(CultureInfo.InvariantCulture));
        }

        if (Column is not null)
        {
            text.Append(", column ").Append(Column);
        }

        return text.ToString();
    }
}

/// <summary>One reason a file is refused, with where it is.</summary>
/// <param name="Location">Where.</param>
/// <param name="Reason">Why, in words a person can act on.</param>
public sealed record TransferProblem(TransferLocation Location, string Reason)
{
    /// <summary>"answers.csv, row 12, column 5 (value): "maybe" is not one of yes, no".</summary>
    public override string ToString() => $"{Location}: {Reason}";
}

/// <summary>The problems of one file, keeping at most a set number but counting all.</summary>
public sealed class ProblemList(int limit)
{
    private readonly List<TransferProblem> kept = [];

    /// <summary>The problems kept, in the order found.</summary>
    public IReadOnlyList<TransferProblem> Kept => kept;

    /// <summary>Every problem found, kept or not.</summary>
    public int Total { get; private set; }

    /// <summary>True when at least one problem was found.</summary>
    public bool Any => Total > 0;

    /// <summary>Adds a problem.</summary>
    public void Add(TransferLocation location, string reason)
    {
        Total++;
        if (kept.Count < limit)
        {
            kept.Add(new TransferProblem(location, reason));
        }
    }
}
