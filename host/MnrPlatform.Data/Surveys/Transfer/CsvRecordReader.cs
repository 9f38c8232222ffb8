namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>A field of a CSV record: where its bytes are, and whether it holds doubled quotes to undo.</summary>
internal readonly record struct CsvField(int Start, int Length, bool HasDoubledQuotes);

/// <summary>
/// Splits UTF-8 CSV text into records (RFC 4180): fields separated by commas, records by LF or
/// CRLF, fields optionally in double quotes, a quote inside a quoted field doubled, line breaks
/// allowed inside quotes. Works on the bytes; decoding is left to the caller.
/// </summary>
internal ref struct CsvRecordReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> data = data;
    private int position;
    private int line = 1;

    /// <summary>The line the next record starts on (1-based).</summary>
    public readonly int Line => line;

    /// <summary>True when every byte has been read.</summary>
    public readonly bool AtEnd => position >= data.Length;

    /// <summary>True when the next record starts with <paramref name="c"/>.</summary>
    public readonly bool NextStartsWith(byte c) => position < data.Length && data[position] == c;

    /// <summary>True when the next line holds nothing (an empty line, skipped between records).</summary>
    public readonly bool NextIsEmptyLine =>
        position < data.Length && (data[position] == (byte)'\n' || (data[position] == (byte)'\r' && position + 1 < data.Length && data[position + 1] == (byte)'\n'));

    /// <summary>Skips to the start of the next line.</summary>
    public void SkipLine()
    {
        var end = data[position..].IndexOf((byte)'\n');
        position = end < 0 ? data.Length : position + end + 1;
        line++;
    }

    /// <summary>
    /// Reads the next record's fields into <paramref name="fields"/>; false at the end. A syntax
    /// error (an unclosed quote, text after a closing quote) is returned in <paramref name="error"/>
    /// and the reader goes on at the next line.
    /// </summary>
    public bool TryRead(List<CsvField> fields, out string? error)
    {
        fields.Clear();
        error = null;
        if (position >= data.Length)
        {
            return false;
        }

        while (true)
        {
            if (data[position] == (byte)'"')
            {
                if (!ReadQuoted(fields, out error))
                {
                    return true;
                }

                if (position >= data.Length)
                {
                    return true;
                }

                var next = data[position];
                if (next == (byte)',')
                {
                    position++;
                    if (position == data.Length)
                    {
                        fields.Add(new CsvField(position, 0, false));
                        return true;
                    }

                    continue;
                }

                if (EndOfRecord())
                {
                    return true;
                }

                error = "text after a closing quote (a quote inside a quoted field is written twice: \"\")";
                SkipLine();
                return true;
            }

            var rest = data[position..];
            var stop = rest.IndexOfAny((byte)',', (byte)'\n');
            var end = stop < 0 ? data.Length : position + stop;
            var fieldEnd = end > position && data[end - 1] == (byte)'\r' && (stop < 0 || data[end] == (byte)'\n') ? end - 1 : end;
            fields.Add(new CsvField(position, fieldEnd - position, false));
            if (stop < 0)
            {
                position = data.Length;
                return true;
            }

            position = end + 1;
            if (data[end] == (byte)'\n')
            {
                line++;
                return true;
            }

            if (position == data.Length)
            {
                fields.Add(new CsvField(position, 0, false));
                return true;
            }
        }
    }

    // Reads a quoted field; false (with the error) when its closing quote is missing.
    private bool ReadQuoted(List<CsvField> fields, out string? error)
    {
        error = null;
        var start = ++position;
        var doubled = false;
        while (true)
        {
            var stop = data[position..].IndexOfAny((byte)'"', (byte)'\n');
            if (stop < 0)
            {
                fields.Add(new CsvField(start, data.Length - start, doubled));
                position = data.Length;
                error = "a quoted field is not closed (a missing \" before the end of the file)";
                return false;
            }

            position += stop;
            if (data[position] == (byte)'\n')
            {
                line++;
                position++;
                continue;
            }

            if (position + 1 < data.Length && data[position + 1] == (byte)'"')
            {
                doubled = true;
                position += 2;
                continue;
            }

            fields.Add(new CsvField(start, position - start, doubled));
            position++;
            return true;
        }
    }

    private bool EndOfRecord()
    {
        if (data[position] == (byte)'\n')
        {
            position++;
            line++;
            return true;
        }

        if (data[position] == (byte)'\r' && (position + 1 == data.Length || data[position + 1] == (byte)'\n'))
        {
            position = Math.Min(data.Length, position + 2);
            line++;
            return true;
        }

        return false;
    }
}
