using System.Globalization;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Translations;

/// <summary>
/// How much of a plugin's content is translated into one culture: the distinct English texts
/// (<see cref="ContentTexts.EnglishKeys"/>) with a wording in the culture or a parent culture.
/// </summary>
/// <param name="Culture">The culture, e.g. <c>fr</c>.</param>
/// <param name="Total">The distinct English texts of the plugin.</param>
/// <param name="Translated">Those with a wording in the culture.</param>
/// <param name="Missing">The English texts without one (they fall back to English), sorted.</param>
public sealed record TranslationCoverage(string Culture, int Total, int Translated, IReadOnlyList<string> Missing)
{
    /// <summary>The cultures the platform publishes in besides English: French, Spanish and Arabic.</summary>
    public static IReadOnlyList<string> PlatformCultures { get; } = ["fr", "es", "ar"];

    /// <summary>Translated texts as a per cent of all texts, rounded down (so 100 means every text); 100 for a plugin with no text.</summary>
    public int Percent => Total == 0 ? 100 : (int)(100L * Translated / Total);

    /// <summary>Whether every text is translated.</summary>
    public bool IsComplete => Translated == Total;

    /// <summary>The coverage of <paramref name="content"/> in <paramref name="culture"/>.</summary>
    public static TranslationCoverage Of(DomainContent content, string culture)
    {
        ArgumentNullException.ThrowIfNull(content);
        var info = CultureInfo.GetCultureInfo(culture);
        var byEnglish = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var text in ContentTexts.All(content))
        {
            byEnglish[text.English] = (byEnglish.TryGetValue(text.English, out var seen) && seen) || !text.Resolve(info).IsFallback;
        }

        var missing = byEnglish.Where(t => !t.Value).Select(t => t.Key).Order(StringComparer.Ordinal).ToList();
        return new TranslationCoverage(info.Name, byEnglish.Count, byEnglish.Count - missing.Count, missing);
    }

    /// <summary>The coverage of <paramref name="content"/> in each of <paramref name="cultures"/> (default <see cref="PlatformCultures"/>).</summary>
    public static IReadOnlyList<TranslationCoverage> Of(DomainContent content, IEnumerable<string>? cultures = null) =>
        [.. (cultures ?? PlatformCultures).Select(c => Of(content, c))];

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Culture}: {Percent}% ({Translated} of {Total} texts)");
}
