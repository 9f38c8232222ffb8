using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace MnrPlatform.Data.Reference;

/// <summary>Reads a reference file as strict UTF-8, reporting the lines that are not (never guessing another encoding).</summary>
internal static class StrictUtf8File
{
    /// <summary>Reads a file as strict UTF-8; adds a problem and returns null when it is missing or not UTF-8.</summary>
    public static string? Read(string directory, string fileName, List<ReferenceDataProblem> problems)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            problems.Add(new ReferenceDataProblem(fileName, null, null, $"the file is missing (looked for {path})"));
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        ReadOnlySpan<byte> utf8 = bytes;
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(utf8, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        // Report each line that holds bytes that are not UTF-8 (the first ten of them), then skip the file.
        const int MostLinesReported = 10;
        var lastLineReported = 0;
        var linesReported = 0;
        var line = 1;
        var offset = 0;
        while (status != OperationStatus.Done)
        {
            line += utf8.Slice(offset, read).Count((byte)'\n');
            offset += read;
            if (line != lastLineReported)
            {
                if (++linesReported > MostLinesReported)
                {
                    problems.Add(new ReferenceDataProblem(fileName, null, null, "has more lines that are not valid UTF-8; is it a text file saved as UTF-8?"));
                    break;
                }

                problems.Add(new ReferenceDataProblem(
                    fileName,
                    line,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"is not valid UTF-8 (byte 0x{utf8[offset]:X2} at byte offset {offset}); save the file as UTF-8")));
                lastLineReported = line;
            }

            offset++;
            status = Utf8.ToUtf16(utf8[offset..], chars, out read, out _, replaceInvalidSequences: false);
        }

        return null;
    }
}
