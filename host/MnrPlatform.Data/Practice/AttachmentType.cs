using System.Text;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// What a file is, by its first bytes, never by its name: a PDF, a PNG, JPEG, GIF or WebP image,
/// or a refusal that says what the content looks like (a program, a script, an archive, a web page)
/// and names the file. The name's extension must agree with the content, so a download is opened
/// by the program its name promises.
/// </summary>
internal static class AttachmentType
{
    private static readonly (string ContentType, string Label, string[] Extensions, byte[][] Signatures)[] Accepted =
    [
        ("application/pdf", "a PDF", [".pdf"], [Ascii("%PDF-")]),
        ("image/png", "a PNG image", [".png"], [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]]),
        ("image/jpeg", "a JPEG image", [".jpg", ".jpeg"], [[0xFF, 0xD8, 0xFF]]),
        ("image/gif", "a GIF image", [".gif"], [Ascii("GIF87a"), Ascii("GIF89a")]),
    ];

    private static readonly (string What, byte[] Signature)[] Refused =
    [
        ("a Windows program", Ascii("MZ")),
        ("a Linux program (ELF)", [0x7F, (byte)'E', (byte)'L', (byte)'F']),
        ("a script", Ascii("#!")),
        ("a ZIP archive (or an Office document, JAR or APK)", Ascii("PK")),
        ("a macOS program", [0xCF, 0xFA, 0xED, 0xFE]),
        ("a macOS program", [0xCE, 0xFA, 0xED, 0xFE]),
        ("a Java class or macOS program", [0xCA, 0xFE, 0xBA, 0xBE]),
        ("a RAR archive", Ascii("Rar!")),
        ("a 7-Zip archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("an old Office document (OLE)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
    ];

    private static readonly string[] MarkupStarts = ["<!doctype", "<html", "<head", "<body", "<script", "<svg", "<?xml", "<iframe", "<!--"];

    /// <summary>The file's media type, or a <see cref="PracticeException"/> saying what it is instead.</summary>
    public static string Of(string fileName, ReadOnlySpan<byte> content)
    {
        foreach (var (contentType, label, extensions, signatures) in Accepted)
        {
            foreach (var signature in signatures)
            {
                if (content.StartsWith(signature))
                {
                    return Named(fileName, contentType, label, extensions);
                }
            }
        }

        if (IsWebP(content))
        {
            return Named(fileName, "image/webp", "a WebP image", [".webp"]);
        }

        throw new PracticeException($"“{fileName}” is {What(content)}, not a PDF or an image: only PDF, PNG, JPEG, GIF and WebP files are accepted, recognised by their content.", "File");
    }

    private static string Named(string fileName, string contentType, string label, string[] extensions)
    {
        var extension = Path.GetExtension(fileName);
        if (!extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            throw new PracticeException($"“{fileName}” is {label} by its content, but its name ends in “{extension}”: name it {extensions[0]}.", "File");
        }

        return contentType;
    }

    private static bool IsWebP(ReadOnlySpan<byte> content) =>
        content.Length >= 12 && content.StartsWith(Ascii("RIFF")) && content[8..12].SequenceEqual(Ascii("WEBP"));

    private static string What(ReadOnlySpan<byte> content)
    {
        foreach (var (what, signature) in Refused)
        {
            if (content.StartsWith(signature))
            {
                return what;
            }
        }

        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, 512)]).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\t', '\r', '\n');
        if (MarkupStarts.Any(m => head.StartsWith(m, StringComparison.OrdinalIgnoreCase)))
        {
            return "a web page, SVG or XML document (markup can carry script)";
        }

        return "of a type that is not accepted";
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
