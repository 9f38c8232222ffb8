using System.Globalization;
using MnrPlatform.Core.Localization;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Reports;

/// <summary>
/// The words of the review report (<c>ReportWords.resx</c> with its French, Spanish and Arabic files)
/// in the report's language, and the plugins' texts in it (<see cref="LocalizedText.For"/>).
/// </summary>
internal static class ReportWords
{
    private static readonly ResourceText Text = new(typeof(ReportWords));

    /// <summary>English, or no language named: the wording the reports have always had.</summary>
    public static bool IsEnglish(CultureInfo culture) =>
        culture.Equals(CultureInfo.InvariantCulture) || culture.TwoLetterISOLanguageName == "en";

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/>.</summary>
    public static string Get(string key, CultureInfo culture) => Text.Get(key, culture);

    /// <summary>The text of <paramref name="key"/> with <paramref name="arguments"/>, formatted in <paramref name="culture"/>.</summary>
    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Text.Format(key, culture, arguments);

    /// <summary>A plugin's text in <paramref name="culture"/>; English where the plugin has no translation.</summary>
    public static string Of(LocalizedText text, CultureInfo culture) => IsEnglish(culture) ? text.English : text.For(culture);

    /// <summary>True when <paramref name="text"/> has its own wording in <paramref name="culture"/> (or the culture is English).</summary>
    public static bool Has(LocalizedText text, CultureInfo culture) =>
        IsEnglish(culture) || text.Translations.ContainsKey(culture.Name) || text.Translations.ContainsKey(culture.TwoLetterISOLanguageName);

    /// <summary>
    /// "42 countries" with the noun in the number's grammatical form: Arabic has a form for 1, 2, 3–10
    /// and 11–99 ("5 بلدان", "42 بلدًا"), Spanish for one ("1 país"); English keeps its wording.
    /// </summary>
    public static string Countries(int count, CultureInfo culture) => Counted("Countries", count, culture);

    /// <summary>A count and its noun (<c>Noun.One</c>, <c>Noun.Two</c>… in the resource file), in the number's grammatical form.</summary>
    public static string Counted(string noun, int count, CultureInfo culture) =>
        Format(noun + "." + PluralCategory(count, culture), culture, count);

    // Unicode CLDR's plural categories for cardinal numbers, for the report's languages.
    private static string PluralCategory(int count, CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName != "ar")
        {
            return count == 1 ? "One" : "Other";
        }

        var lastTwo = count % 100;
        return count switch
        {
            0 => "Zero",
            1 => "One",
            2 => "Two",
            _ when lastTwo is >= 3 and <= 10 => "Few",
            _ when lastTwo is >= 11 and <= 99 => "Many",
            _ => "Other",
        };
    }
}
