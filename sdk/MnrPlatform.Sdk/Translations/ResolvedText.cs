using System.Globalization;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Translations;

/// <summary>
/// The wording of a <see cref="LocalizedText"/> chosen for a culture, and whether it fell back to
/// English because no translation exists: a page shows the English text and marks it, never a blank.
/// </summary>
/// <param name="Text">The wording to show, never empty.</param>
/// <param name="Culture">The culture of <paramref name="Text"/>: the translation's culture, or <c>en</c> on fallback.</param>
/// <param name="IsFallback">True when a non-English culture was asked for and the English wording is shown instead.</param>
public sealed record ResolvedText(string Text, string Culture, bool IsFallback);

/// <summary>Chooses a text's wording for a culture and says whether it is a fallback.</summary>
public static class LocalizedTextResolution
{
    /// <summary>The wording for <paramref name="culture"/>: exact, then parent cultures, then English (marked as a fallback unless English was asked for).</summary>
    public static ResolvedText Resolve(this LocalizedText text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; c.Name.Length > 0; c = c.Parent)
        {
            if (text.Translations.TryGetValue(c.Name, out var wording) && wording.Length > 0)
            {
                return new ResolvedText(wording, c.Name, IsFallback: false);
            }
        }

        var asksEnglish = culture.Name.Length == 0 || culture.TwoLetterISOLanguageName == "en";
        return new ResolvedText(text.English, "en", IsFallback: !asksEnglish);
    }
}
