using System.Text;

namespace MnrPlatform.Data.Reference;

/// <summary>A comment line of the leading block: its line number and the text after the <c>#</c>.</summary>
internal sealed record CsvComment(int Line, string Text);

/// <summary>A problem inside one field, found while splitting a row; <paramref name="Unclosed"/> when a quote ran to the end of the text.</summary>
internal sealed record CsvFieldIssue(int FieldIndex, string Reason, bool Unclosed = false);

/// <summary>A row: the line it starts on, its fields, and what was wrong while splitting it.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields, IReadOnlyList<CsvFieldIssue> Issues)
{
    /// <summary>The row as it would be written back, for messages about a header.</summary>
    public string Joined => string.Join(",", Fields);
}

/// <summary>A split file: the leading comments, the header row (if any), the data rows, and line-level problems.</summary>
internal sealed record CsvDocument(
    IReadOnlyList<CsvComment> Comments,
    CsvRow? Header,
    IReadOnlyList<CsvRow> Rows,
    IReadOnlyList<(int Line, string Reason)> LineProblems);

/// <summary>
/// Splits RFC 4180 text (comma-separated, <c>"</c>-quoted, <c>""</c> for a quote inside quotes,
/// LF or CRLF line ends) preceded by an optional block of <c>#</c> comment lines. Line numbers are
/// physical lines of the text, starting at 1; a row is numbered by the line it starts on.
/// </summary>
internal static class ReferenceCsv
{
    public static CsvDocument Split(string text)
    {
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var comments = new List<CsvComment>();
        var lineProblems = new List<(int, string)>();
        var rows = new List<CsvRow>();
        CsvRow? header = null;

        while (position < text.Length && text[position] == '#')
        {
            var end = LineEnd(text, position);
            comments.Add(new CsvComment(line, text[(position + 1)..end].Trim()));
            position = SkipLineBreak(text, end);
            line++;
        }

        while (position < text.Length)
        {
            if (IsLineBreak(text[position]))
            {
                lineProblems.Add((line, "is empty; remove blank lines"));
                position = SkipLineBreak(text, position);
                line++;
                continue;
            }

            if (header is not null && text[position] == '#')
            {
                lineProblems.Add((line, "is a comment line after the header; '#' lines are allowed only in the block before the header"));
                position = SkipLineBreak(text, LineEnd(text, position));
                line++;
                continue;
            }

            var row = ReadRow(text, ref position, ref line);
            if (header is null)
            {
                header = row;
            }
            else
            {
                rows.Add(row);
            }
        }

        return new CsvDocument(comments, header, rows, lineProblems);
    }

    private static CsvRow ReadRow(string text, ref int position, ref int line)
    {
        var startLine = line;
        var fields = new List<string>();
        var issues = new List<CsvFieldIssue>();
        var field = new StringBuilder();
        while (true)
        {
            field.Clear();
            if (position < text.Length && text[position] == '"')
            {
                position++;
                var closed = false;
                while (position < text.Length)
                {
                    var c = text[position];
                    if (c == '"')
                    {
                        if (position + 1 < text.Length && text[position + 1] == '"')
                        {
                            field.Append('"');
                            position += 2;
                            continue;
                        }

                        position++;
                        closed = true;
                        break;
                    }

                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                    position++;
                }

                if (!closed)
                {
                    issues.Add(new CsvFieldIssue(fields.Count, "opens a quote that is never closed; the rest of the file was read into this field", Unclosed: true));
                }
                else if (position < text.Length && text[position] != ',' && !IsLineBreak(text[position]))
                {
                    issues.Add(new CsvFieldIssue(fields.Count, "has text after its closing quote; quote the whole field and double any quote inside it"));
                    while (position < text.Length && text[position] != ',' && !IsLineBreak(text[position]))
                    {
                        field.Append(text[position]);
                        position++;
                    }
                }
            }
            else
            {
                while (position < text.Length && text[position] != ',' && !IsLineBreak(text[position]))
                {
                    field.Append(text[position]);
                    position++;
                }

                if (field.ToString().Contains('"', StringComparison.Ordinal))
                {
                    issues.Add(new CsvFieldIssue(fields.Count, "has a quote in a field that is not quoted; quote the whole field and double the quote"));
                }
            }

            fields.Add(field.ToString());
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            if (position < text.Length)
            {
                position = SkipLineBreak(text, position);
                line++;
            }

            return new CsvRow(startLine, fields, issues);
        }
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r';

    private static int LineEnd(string text, int position)
    {
        while (position < text.Length && !IsLineBreak(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>Steps over the line break at <paramref name="position"/> (CRLF, LF or a lone CR), if any.</summary>
    private static int SkipLineBreak(string text, int position)
    {
        if (position < text.Length && text[position] == '\r')
        {
            position++;
        }

        if (position < text.Length && text[position] == '\n')
        {
            position++;
        }

        return position;
    }
}
