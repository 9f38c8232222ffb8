using System.Text;
using MnrPlatform.Data.Surveys.Transfer;

namespace MnrPlatform.Data.Exports;

/// <summary>
/// The platform's CSV dialect: UTF-8 with a byte order mark (spreadsheets then read it as UTF-8),
/// CRLF line ends, fields quoted when they hold a comma, quote or line break, and guarded against
/// formula execution (<see cref="FormulaGuard"/>).
/// </summary>
public static class CsvText
{
    /// <summary>UTF-8 with a byte order mark.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Appends one field, quoted and guarded as needed (nothing for null or empty).</summary>
    public static StringBuilder Field(StringBuilder text, string? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(value))
        {
            return text;
        }

        var guarded = FormulaGuard.Neutralise(value);
        return guarded.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? text.Append(guarded)
            : text.Append('"').Append(guarded.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>Appends a record: the fields comma-separated, then CRLF.</summary>
    public static StringBuilder Line(StringBuilder text, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                text.Append(',');
            }

            Field(text, field);
            first = false;
        }

        return text.Append("\r\n");
    }
}
