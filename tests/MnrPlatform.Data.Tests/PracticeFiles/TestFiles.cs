using System.IO.Compression;
using System.Text;

namespace MnrPlatform.Data.Tests.PracticeFiles;

/// <summary>Files built byte by byte for the attachment tests: good ones, and programs, markup and PDFs with script in disguise.</summary>
internal static class TestFiles
{
    public static byte[] Pdf(string body = "") => Ascii(
        "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R " + body + ">>\nendobj\n" +
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n" +
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n" +
        "4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 24 Tf 72 700 Td (Barnahus) Tj ET\nendstream\nendobj\n" +
        "trailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A PDF whose page content is a Flate-compressed stream (clean).</summary>
    public static byte[] PdfWithCompressedContent() => WithStream("<< /Filter /FlateDecode >>", Deflate("BT /F1 24 Tf 72 700 Td (A helpline open day and night) Tj ET"));

    /// <summary>A PDF whose catalogue sits in a compressed object stream with an /OpenAction running JavaScript.</summary>
    public static byte[] PdfWithScriptInObjectStream(string filter = "/FlateDecode", Func<byte[], byte[]>? encode = null)
    {
        var objects = Encoding.ASCII.GetBytes("5 0 << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>");
        return WithStream($"<< /Type /ObjStm /N 1 /First 4 /Filter {filter} >>", (encode ?? Deflate)(objects));
    }

    public static byte[] Png(int seed = 0) =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte)seed, (byte)(seed >> 8), 0, 0];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9];

    public static byte[] WebP() => [.. Ascii("RIFF"), 26, 0, 0, 0, .. Ascii("WEBPVP8L"), 13, 0, 0, 0, 0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0];

    public static byte[] WindowsProgram() => [.. Ascii("MZ"), 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. Ascii("This program cannot be run in DOS mode.")];

    public static byte[] LinuxProgram() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    public static byte[] Script() => Ascii("#!/bin/sh\nrm -rf ~\n");

    public static byte[] Zip() => [.. Ascii("PK"), 3, 4, 20, 0, 0, 0, 8, 0, .. Ascii("[Content_Types].xml")];

    public static byte[] Html() => [0xEF, 0xBB, 0xBF, .. Ascii("  <!DOCTYPE html><html><script>alert(1)</script></html>")];

    public static byte[] Svg() => Ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");

    private static byte[] WithStream(string dictionary, byte[] data)
    {
        var head = Ascii($"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n6 0 obj\n{dictionary[..^2]}/Length {data.Length} >>\nstream\n");
        return [.. head, .. data, .. Ascii("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")];
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Deflate(string text) => Deflate(Encoding.ASCII.GetBytes(text));

    public static byte[] AsciiHex(byte[] data) => Ascii(Convert.ToHexString(data) + ">");

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);
}
