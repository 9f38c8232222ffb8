namespace MnrPlatform.Sdk.Content;

/// <summary>
/// "Did you mean ...?" for an unknown id, code or name: the closest known one by edit distance
/// (insertions, deletions, substitutions and swaps of neighbouring characters, each counting one),
/// when it is close enough to be a likely typo. The content rules and the conformance kit use it.
/// </summary>
public static class DidYouMean
{
    /// <summary>The known value closest to <paramref name="unknown"/>, or null when none is close enough (at most a quarter of its characters off, and at least one allowed).</summary>
    public static string? Closest(string unknown, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        ArgumentNullException.ThrowIfNull(known);
        var allowed = Math.Max(1, unknown.Length / 4);
        return known.Distinct(StringComparer.Ordinal)
            .Select(candidate => (Candidate: candidate, Distance: Distance(unknown, candidate)))
            .Where(c => c.Distance > 0 && c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    /// <summary>" Did you mean 'x'?" to end a message with, or "" when no known value is close.</summary>
    public static string Suffix(string unknown, IEnumerable<string> known) =>
        Closest(unknown, known) is { } closest ? $" Did you mean '{closest}'?" : "";

    /// <summary>The optimal-string-alignment edit distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
