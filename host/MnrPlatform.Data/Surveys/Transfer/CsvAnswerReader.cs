using System.Globalization;
using System.Text;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Reads the long CSV form: UTF-8 (a byte order mark is accepted), leading lines starting with
/// <c>#</c> skipped (an export's synthetic-data note), a header naming the columns (any order; comment
/// and evidence may be left out), then one answer per record. Empty lines are skipped.
/// </summary>
internal static class CsvAnswerReader
{
    public static void Read(ReadOnlySpan<byte> bytes, string fileName, ParsedFile file, ProblemList problems)
    {
        var fileLocation = new TransferLocation(fileName);
        if (FileSniffer.CheckText(bytes) is { } bad)
        {
            problems.Add(fileLocation with { Row = bad.Line }, bad.Reason);
            return;
        }

        var data = bytes.StartsWith(FileSniffer.Utf8Bom) ? bytes[3..] : bytes;
        var reader = new CsvRecordReader(data);
        while (reader.NextStartsWith((byte)'#') || reader.NextIsEmptyLine)
        {
            reader.SkipLine();
        }

        var fields = new List<CsvField>(8);
        var headerLine = reader.Line;
        if (!reader.TryRead(fields, out var headerError) || headerError is not null)
        {
            problems.Add(fileLocation with { Row = headerLine }, headerError ?? $"there is no header row; the first row names the columns: {string.Join(",", TransferColumns.Names)}");
            return;
        }

        var pool = new StringPool();
        var header = new List<string>(fields.Count);
        foreach (var field in fields)
        {
            header.Add(Decode(data, field, pool));
        }

        if (CsvHeader.Map(header, fileLocation with { Row = headerLine }, problems, i => (i + 1).ToString(CultureInfo.InvariantCulture)) is not { } map)
        {
            return;
        }

        var cells = new string?[header.Count];

        // Each column's last field: a file sorted by country repeats the round, the country and the
        // instrument (and empty notes) from row to row, so equal bytes give back the same string
        // without decoding or hashing them again.
        var previous = new CsvField[header.Count];
        while (!reader.AtEnd)
        {
            if (reader.NextIsEmptyLine)
            {
                reader.SkipLine();
                continue;
            }

            var line = reader.Line;
            if (!reader.TryRead(fields, out var error))
            {
                break;
            }

            var location = new TransferLocation(fileName, Row: line);
            if (error is not null)
            {
                problems.Add(location, error);
                continue;
            }

            if (fields.Count != header.Count)
            {
                problems.Add(location, $"the row has {fields.Count} field(s) but the header has {header.Count} (a missing or extra comma, or a value with a comma that is not in double quotes?)");
                continue;
            }

            for (var i = 0; i < cells.Length; i++)
            {
                var field = fields[i];
                if (cells[i] is null || !SameText(data, field, previous[i]))
                {
                    cells[i] = Decode(data, field, pool);
                }

                previous[i] = field;
            }

            file.Add(map.Row(location, cells));
        }
    }

    private static bool SameText(ReadOnlySpan<byte> data, CsvField a, CsvField b) =>
        a.HasDoubledQuotes == b.HasDoubledQuotes && data.Slice(a.Start, a.Length).SequenceEqual(data.Slice(b.Start, b.Length));

    private static string Decode(ReadOnlySpan<byte> data, CsvField field, StringPool pool)
    {
        var bytes = data.Slice(field.Start, field.Length);
        var text = field.HasDoubledQuotes ? Encoding.UTF8.GetString(bytes).Replace("\"\"", "\"", StringComparison.Ordinal) : pool.Get(bytes);
        return text.Length > 1 && text[0] == '\'' ? FormulaGuard.Restore(text) : text;
    }
}
