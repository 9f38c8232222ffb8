using System.Text;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Decodes short UTF-8 fields into shared strings: a file of a million answers repeats a few
/// hundred countries, instruments, questions and values, so each is allocated once.
/// </summary>
internal sealed class StringPool
{
    private const int MaxPooledLength = 128;
    private const int MaxEntries = 1 << 16;
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool() => lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string of <paramref name="utf8"/>, shared with earlier equal ones when short.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return "";
        }

        if (utf8.Length > MaxPooledLength)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxPooledLength];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        return Get(chars[..length]);
    }

    /// <summary>The string of <paramref name="chars"/>, shared with earlier equal ones.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (lookup.TryGetValue(chars, out var pooled))
        {
            return pooled;
        }

        var text = new string(chars);
        if (pool.Count < MaxEntries && text.Length <= MaxPooledLength)
        {
            pool[text] = text;
        }

        return text;
    }
}
