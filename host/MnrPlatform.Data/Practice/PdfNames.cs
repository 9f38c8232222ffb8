using System.Text;

namespace MnrPlatform.Data.Practice;

/// <summary>The PDF names (<c>/Name</c>) in a run of bytes, with <c>#xx</c> escapes decoded.</summary>
internal static class PdfNames
{
    public static List<string> In(ReadOnlySpan<byte> bytes)
    {
        var names = new List<string>();
        var name = new StringBuilder();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != '/')
            {
                continue;
            }

            name.Clear();
            var j = i + 1;
            while (j < bytes.Length && IsRegular(bytes[j]))
            {
                if (bytes[j] == '#' && j + 2 < bytes.Length && IsHex(bytes[j + 1]) && IsHex(bytes[j + 2]))
                {
                    name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(bytes.Slice(j + 1, 2)), 16));
                    j += 3;
                }
                else
                {
                    name.Append((char)bytes[j]);
                    j++;
                }
            }

            if (name.Length > 0)
            {
                names.Add(name.ToString());
            }

            i = j - 1;
        }

        return names;
    }

    private static bool IsRegular(byte b) =>
        b is not (0 or 9 or 10 or 12 or 13 or 32) && b is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
}
