using System.Globalization;

namespace MnrPlatform.Data.Reference;

/// <summary>
/// The checks every table shares: comments and sources, header, blank and misplaced lines,
/// field counts, quoting, code shapes, uniqueness. Collects its problems and reports them in row order.
/// </summary>
internal sealed class ReferenceTableReader(string fileName, IReadOnlyList<string> columns)
{
    private const string SourcePrefix = "source:";
    private readonly List<ReferenceDataProblem> found = [];

    /// <summary>Whether the header was right, so that the rows were checked.</summary>
    public bool RowsChecked { get; private set; }

    /// <summary>Splits the text, checks everything that is not about a particular column, and returns the sources.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="rows">The data rows with the right number of fields and no splitting problems.</param>
    public List<string> Open(string text, out List<CsvRow> rows)
    {
        var document = ReferenceCsv.Split(text);
        var sources = ReadSources(document.Comments);
        rows = [];
        var expected = string.Join(",", columns);
        if (document.Header is null)
        {
            Add(null, null, $"has no header line; it must be exactly '{expected}'");
            return sources;
        }

        if (!document.Header.Fields.SequenceEqual(columns, StringComparer.Ordinal) || document.Header.Issues.Count > 0)
        {
            Add(document.Header.Line, null, $"the header must be exactly '{expected}' but is '{document.Header.Joined}'; the rows were not checked");
            return sources;
        }

        RowsChecked = true;
        foreach (var (line, reason) in document.LineProblems)
        {
            Add(line, null, reason);
        }

        foreach (var row in document.Rows)
        {
            if (IsWellFormed(row, expected))
            {
                rows.Add(row);
            }
        }

        return sources;
    }

    /// <summary>Adds a problem about one column of a row; returns false so a caller can write <c>ok = Problem(...)</c>.</summary>
    public bool Problem(CsvRow row, string column, string reason)
    {
        Add(row.Line, column, reason);
        return false;
    }

    public bool RequireLetters(CsvRow row, int fieldIndex, int length)
    {
        var value = row.Fields[fieldIndex];
        return IsLetters(value, length)
            || Problem(row, columns[fieldIndex], $"'{value}' is not {Count(length)} capital letters A-Z");
    }

    public bool RequireDigits(CsvRow row, int fieldIndex, int length)
    {
        var value = row.Fields[fieldIndex];
        return IsDigits(value, length)
            || Problem(row, columns[fieldIndex], $"'{value}' is not {Count(length)} digits 0-9 (keep leading zeros, e.g. 004)");
    }

    public bool RequireUnique(CsvRow row, int fieldIndex, Dictionary<string, int> firstRows)
    {
        var value = row.Fields[fieldIndex];
        return firstRows.TryAdd(value, row.Line)
            || Problem(row, columns[fieldIndex], string.Create(CultureInfo.InvariantCulture, $"'{value}' is already on row {firstRows[value]}"));
    }

    /// <summary>Adds the problems found to <paramref name="problems"/>: whole-file ones first, then by row.</summary>
    public void ReportTo(List<ReferenceDataProblem> problems) =>
        problems.AddRange(found.OrderBy(p => p.Row ?? 0));

    private List<string> ReadSources(IReadOnlyList<CsvComment> comments)
    {
        var sources = new List<string>();
        foreach (var comment in comments.Where(c => c.Text.StartsWith(SourcePrefix, StringComparison.Ordinal)))
        {
            var source = comment.Text[SourcePrefix.Length..].Trim();
            if (source.Length == 0)
            {
                Add(comment.Line, null, "is a '# source:' line that names no source");
            }
            else
            {
                sources.Add(source);
            }
        }

        if (sources.Count == 0)
        {
            Add(null, null, "has no '# source:' line; start the file with '# source: <where the data comes from>' before the header");
        }

        return sources;
    }

    private bool IsWellFormed(CsvRow row, string expected)
    {
        foreach (var issue in row.Issues)
        {
            Add(row.Line, issue.FieldIndex < columns.Count ? columns[issue.FieldIndex] : null, issue.Reason);
        }

        if (row.Issues.Any(issue => issue.Unclosed))
        {
            return false; // the field count means nothing once a quote swallowed the rest of the file
        }

        if (row.Fields.Count != columns.Count)
        {
            Add(
                row.Line,
                null,
                string.Create(CultureInfo.InvariantCulture, $"has {row.Fields.Count} fields but the header has {columns.Count} ({expected}); quote a field that holds a comma"));
            return false;
        }

        var wellFormed = row.Issues.Count == 0;
        for (var i = 0; i < columns.Count; i++)
        {
            if (row.Fields[i].Contains('\uFFFD', StringComparison.Ordinal))
            {
                wellFormed = Problem(row, columns[i], $"'{row.Fields[i]}' holds U+FFFD, the mark a decoder leaves for bytes that are not UTF-8; save the file as UTF-8");
            }
        }

        return wellFormed;
    }

    private void Add(int? line, string? column, string reason) =>
        found.Add(new ReferenceDataProblem(fileName, line, column, reason));

    /// <summary>True when <paramref name="value"/> is <paramref name="length"/> capital letters A-Z.</summary>
    public static bool IsLetters(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiLetterUpper);

    /// <summary>True when <paramref name="value"/> is <paramref name="length"/> digits 0-9.</summary>
    public static bool IsDigits(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiDigit);

    private static string Count(int length) => length switch
    {
        2 => "two",
        3 => "three",
        4 => "four",
        _ => length.ToString(CultureInfo.InvariantCulture),
    };
}
