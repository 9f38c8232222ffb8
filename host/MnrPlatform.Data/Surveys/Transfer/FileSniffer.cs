using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Tells from a file's first bytes what it is: a ZIP (a workbook, the XLSX reader decides), JSON,
/// text (CSV), or something that is none of them (an image, a PDF, an old .xls, UTF-16 text…),
/// with a reason a person can act on.
/// </summary>
internal static class FileSniffer
{
    private static readonly (byte[] Magic, string What)[] Foreign =
    [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old binary Office file (.xls or .doc); save it as .xlsx or as CSV UTF-8"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x00, 0x00, 0xFE, 0xFF], "UTF-32 text; save it as UTF-8"),
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32 text; save it as UTF-8"),
        ([0xFF, 0xFE], "UTF-16 text; save it as UTF-8 (\"CSV UTF-8\")"),
        ([0xFE, 0xFF], "UTF-16 text; save it as UTF-8 (\"CSV UTF-8\")"),
    ];

    /// <summary>The UTF-8 byte order mark.</summary>
    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The format to read <paramref name="bytes"/> as (null when it is none), or why not.</summary>
    public static (TransferFormat? Format, string? Reason) Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return (null, "the file is empty");
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8))
        {
            return (TransferFormat.Xlsx, null);
        }

        foreach (var (magic, what) in Foreign)
        {
            if (bytes.StartsWith(magic))
            {
                return (null, $"this is {what}, not a CSV, XLSX or JSON file of answers");
            }
        }

        var text = bytes.StartsWith(Utf8Bom) ? bytes[3..] : bytes;
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && text[start] is (byte)'{' or (byte)'['
            ? (TransferFormat.Json, null)
            : (TransferFormat.Csv, null);
    }

    /// <summary>
    /// Null when <paramref name="bytes"/> are UTF-8 text without NUL bytes; otherwise why not and
    /// the line where the first bad byte is.
    /// </summary>
    public static (string Reason, int Line)? CheckText(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var sample = bytes[..Math.Min(bytes.Length, 4096)];
            var nuls = sample.Count((byte)0);
            return (nuls * 4 >= sample.Length
                ? "not UTF-8 text: it holds NUL bytes every other byte, as UTF-16 text does (save it as UTF-8, \"CSV UTF-8\"), or it is binary data"
                : $"contains a NUL byte (binary data?) at byte {nul.ToString(CultureInfo.InvariantCulture)}; a CSV file of answers is plain UTF-8 text", LineOf(bytes, nul));
        }

        if (Utf8.IsValid(bytes))
        {
            return null;
        }

        var bad = FirstInvalid(bytes);
        return ($"not UTF-8 text: byte 0x{bytes[bad]:X2} at byte {bad.ToString(CultureInfo.InvariantCulture)} is not valid UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8 (\"CSV UTF-8\")", LineOf(bytes, bad));
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed) != OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return bytes.Length - 1;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..index].Count((byte)'\n') + 1;
}
