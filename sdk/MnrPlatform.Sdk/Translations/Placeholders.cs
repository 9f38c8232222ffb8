using System.Text.RegularExpressions;

namespace MnrPlatform.Sdk.Translations;

/// <summary>The <c>{name}</c> placeholders of a text, which a translation must keep verbatim.</summary>
public static partial class Placeholders
{
    /// <summary>The placeholders of <paramref name="text"/>, sorted, with repeats.</summary>
    public static IReadOnlyList<string> Of(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Why <paramref name="translation"/>'s placeholders differ from <paramref name="english"/>'s
    /// (missing, extra, or a different count), or null when they match.
    /// </summary>
    public static string? Mismatch(string english, string translation)
    {
        var expected = Of(english);
        var actual = Of(translation);
        if (expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            return null;
        }

        var missing = Difference(expected, actual);
        var extra = Difference(actual, expected);
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"missing {string.Join(", ", missing)}");
        }

        if (extra.Count > 0)
        {
            parts.Add($"extra {string.Join(", ", extra)}");
        }

        return $"the translation's placeholders differ from the English text's ({string.Join("; ", parts)}); keep every placeholder verbatim, as often as the English has it";
    }

    private static List<string> Difference(IReadOnlyList<string> from, IReadOnlyList<string> remove)
    {
        var left = from.ToList();
        foreach (var item in remove)
        {
            left.Remove(item);
        }

        return left;
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();
}
