using System.Globalization;
using MnrPlatform.Core.Localization;

namespace MnrPlatform.Core.Reports;

/// <summary>
/// The words of findings (<c>FindingWords.resx</c> and its French, Spanish and Arabic files): the
/// quantifier phrases that fill <c>{countries}</c>, the share parenthesis that fills <c>{share}</c>, the
/// generic predicates and the annex's rules, in the report's language (docs/glossary/*.md).
/// </summary>
internal static class FindingWords
{
    private static readonly ResourceText Text = new(typeof(FindingWords));

    /// <summary>English, or no language named: the wording the reports have always had.</summary>
    public static bool IsEnglish(CultureInfo culture) =>
        culture.Equals(CultureInfo.InvariantCulture) || culture.TwoLetterISOLanguageName == "en";

    /// <summary>
    /// Arabic marks two countries with the dual ("البلدين اللذين أجابا"), where a figure would not agree;
    /// the other languages write the number.
    /// </summary>
    public static bool HasDual(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ar";

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/>.</summary>
    public static string Get(string key, CultureInfo culture) => Text.Get(key, culture);

    /// <summary>The text of <paramref name="key"/> with <paramref name="arguments"/>, formatted in <paramref name="culture"/>.</summary>
    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Text.Format(key, culture, arguments);

    /// <summary>
    /// An answer code as a finding quotes it ("don't know", « oui », «نعم»); codes no plugin shares are
    /// quoted as they are.
    /// </summary>
    public static string Code(string code, CultureInfo culture) => code switch
    {
        Sdk.Content.AnswerCodes.Yes => Get("Code.Yes", culture),
        Sdk.Content.AnswerCodes.Partly => Get("Code.Partly", culture),
        Sdk.Content.AnswerCodes.No => Get("Code.No", culture),
        Sdk.Content.AnswerCodes.DontKnow => Get("Code.DontKnow", culture),
        Sdk.Content.AnswerCodes.NotApplicable => Get("Code.NotApplicable", culture),
        _ => code,
    };

    /// <summary>Alternatives joined with the language's "or".</summary>
    public static string Or(IEnumerable<string> parts, CultureInfo culture) => string.Join(Get("Or", culture), parts);
}
