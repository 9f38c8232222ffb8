using System.Globalization;
using MnrPlatform.Sdk.Content;
using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Sdk.Testing;

/// <summary>
/// The conformance kit's checks of a plugin's translations, in every culture it carries: each
/// wording keeps its English text's placeholders, is not blank, and is keyed by a known culture.
/// (A finding template broken in any culture already stops the plugin loading, as in English.)
/// </summary>
public static class TranslationConformance
{
    /// <summary>Every translation problem of <paramref name="content"/>, each naming the text, the culture and what is wrong; empty when there is none or no content.</summary>
    public static IEnumerable<string> Problems(DomainContent? content)
    {
        if (content is null)
        {
            yield break;
        }

        var seen = new HashSet<(string, string, string)>();
        foreach (var text in ContentTexts.All(content))
        {
            foreach (var (culture, wording) in text.Translations)
            {
                if (!seen.Add((text.English, culture, wording)))
                {
                    continue;
                }

                if (Problem(text.English, culture, wording) is { } problem)
                {
                    yield return $"Translation ({culture}) of \"{text.English}\": {problem}.";
                }
            }
        }
    }

    /// <summary>
    /// The plugin's translation coverage per culture: the platform's cultures (fr, es, ar) and any
    /// other culture the plugin carries. Empty when the plugin did not load.
    /// </summary>
    public static IReadOnlyList<TranslationCoverage> TranslationCoverage(this ConformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Content is not { } content)
        {
            return [];
        }

        var carried = ContentTexts.All(content).SelectMany(t => t.Translations.Keys);
        var cultures = Sdk.Translations.TranslationCoverage.PlatformCultures.Concat(carried.Order(StringComparer.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase);
        return Sdk.Translations.TranslationCoverage.Of(content, cultures);
    }

    private static string? Problem(string english, string culture, string wording)
    {
        try
        {
            _ = CultureInfo.GetCultureInfo(culture, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return $"\"{culture}\" is not a known culture name";
        }

        return wording.Trim().Length == 0
            ? "the wording is blank; leave the culture out so the text falls back to English"
            : Placeholders.Mismatch(english, wording);
    }
}
