using System.IO.Compression;
using System.Text;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// Refuses a PDF that can run or carry something: JavaScript (<c>/JavaScript</c>, <c>/JS</c>, so
/// also an <c>/OpenAction</c> or <c>/AA</c> that runs script), <c>/Launch</c>, embedded files
/// (<c>/EmbeddedFile</c>, <c>/EmbeddedFiles</c>, <c>/GoToE</c>), <c>/RichMedia</c>, XFA forms,
/// form submission or import (<c>/SubmitForm</c>, <c>/ImportData</c>), and encryption (which hides
/// all of it). Names are read as PDF names (<c>#xx</c> escapes decoded, so <c>/J#61vaScript</c> is
/// caught) in the raw bytes and in every stream that inflates (FlateDecode, with System.IO.Compression),
/// which covers dictionaries packed in compressed object streams. An object stream with a filter
/// other than FlateDecode cannot be read, so it is refused; inflating is capped against zip bombs.
/// </summary>
internal static class PdfActiveContent
{
    private static readonly Dictionary<string, string> Forbidden = new(StringComparer.Ordinal)
    {
        ["JavaScript"] = "contains JavaScript (/JavaScript)",
        ["JS"] = "contains JavaScript (/JS)",
        ["Launch"] = "can launch a program (/Launch)",
        ["EmbeddedFile"] = "carries an embedded file (/EmbeddedFile)",
        ["EmbeddedFiles"] = "carries embedded files (/EmbeddedFiles)",
        ["GoToE"] = "opens an embedded document (/GoToE)",
        ["RichMedia"] = "embeds rich media (/RichMedia)",
        ["XFA"] = "holds an XFA form, which can run script (/XFA)",
        ["SubmitForm"] = "sends form data to an address (/SubmitForm)",
        ["ImportData"] = "imports form data (/ImportData)",
        ["Encrypt"] = "is encrypted, so its content cannot be checked (/Encrypt)",
    };

    private static readonly byte[] StreamKeyword = Encoding.ASCII.GetBytes("stream");
    private static readonly byte[] EndStreamKeyword = Encoding.ASCII.GetBytes("endstream");
    private static readonly byte[] ObjKeyword = Encoding.ASCII.GetBytes("obj");

    /// <summary>Throws a <see cref="PracticeException"/> naming the file and what it found, or returns when the PDF is clean.</summary>
    public static void Check(string fileName, byte[] pdf, long maxInflatedBytes)
    {
        Refuse(fileName, FirstForbidden(pdf), inStream: false);
        long inflated = 0;
        foreach (var (dictionary, data) in Streams(pdf))
        {
            var names = PdfNames.In(dictionary).ToHashSet(StringComparer.Ordinal);
            var filters = names.Where(n => n.EndsWith("Decode", StringComparison.Ordinal)).ToList();
            if (names.Contains("ObjStm") && filters.Any(f => f != "FlateDecode"))
            {
                throw new PracticeException($"“{fileName}” packs objects with a filter ({string.Join(", ", filters)}) that cannot be checked for script: save it again as a plain PDF.", "File");
            }

            if (!filters.Contains("FlateDecode"))
            {
                continue;
            }

            var plain = Inflate(data, maxInflatedBytes - inflated, fileName);
            inflated += plain.Length;
            Refuse(fileName, FirstForbidden(plain), inStream: true);
        }
    }

    private static void Refuse(string fileName, string? name, bool inStream)
    {
        if (name is not null)
        {
            throw new PracticeException($"“{fileName}” {Forbidden[name]}{(inStream ? " in a compressed stream" : "")}; PDFs with script, actions that launch or submit, or embedded files are refused. Print it to a plain PDF and attach that.", "File");
        }
    }

    private static string? FirstForbidden(ReadOnlySpan<byte> bytes)
    {
        foreach (var name in PdfNames.In(bytes))
        {
            if (Forbidden.ContainsKey(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Each stream's dictionary (from its object's start) and its raw data (up to <c>endstream</c>).</summary>
    private static IEnumerable<(byte[] Dictionary, byte[] Data)> Streams(byte[] pdf)
    {
        var at = 0;
        while (at < pdf.Length)
        {
            var found = pdf.AsSpan(at).IndexOf(StreamKeyword);
            if (found < 0)
            {
                yield break;
            }

            var keyword = at + found;
            at = keyword + StreamKeyword.Length;
            if (keyword >= 3 && pdf.AsSpan(keyword - 3, 3).SequenceEqual("end"u8))
            {
                continue;
            }

            var start = at;
            if (start < pdf.Length && pdf[start] == '\r')
            {
                start++;
            }

            if (start >= pdf.Length || pdf[start] != '\n')
            {
                continue;
            }

            start++;
            var length = pdf.AsSpan(start).IndexOf(EndStreamKeyword);
            var end = length < 0 ? pdf.Length : start + length;
            var objectStart = pdf.AsSpan(0, keyword).LastIndexOf(ObjKeyword);
            var dictionaryStart = objectStart < 0 ? 0 : objectStart;
            yield return (pdf[dictionaryStart..keyword], pdf[start..end]);
            at = end;
        }
    }

    private static byte[] Inflate(byte[] data, long budget, string fileName)
    {
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > budget)
                {
                    throw new PracticeException($"“{fileName}” expands to too much data to be checked for script (its compressed streams hold more than the limit); attach a smaller PDF.", "File");
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // A damaged stream: what inflated before the damage is still checked (readers may show it).
        }

        return output.ToArray();
    }
}
