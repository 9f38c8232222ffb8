using System.Globalization;
using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Localization;
using MnrPlatform.Host.Components.Charts;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Countries;

/// <summary>
/// The profile's words (<see cref="CountryText"/>) and plugin texts in one language. The page reads them in
/// the request's language (from the page's localizer); a chart's CSV download reads the same table in English
/// with invariant numbers (<see cref="Invariant"/>), so a download is the same whatever the page's language.
/// </summary>
internal sealed class CountryWords
{
    private static readonly ResourceText Text = new(typeof(CountryText));

    private readonly CultureInfo culture;
    private readonly Func<string, object?[], string> words;

    /// <summary>The page's words, in the request's (or circuit's) language and number format.</summary>
    /// <param name="localizer">The profile's words.</param>
    /// <param name="figures">The charts' words (<see cref="ChartWordsText.From"/>); English when the caller draws no chart.</param>
    public CountryWords(IStringLocalizer<CountryText> localizer, ChartWords? figures = null)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        culture = CultureInfo.CurrentCulture;
        Figures = figures ?? ChartWords.English;
        words = (key, arguments) => arguments.Length == 0 ? localizer[key] : localizer[key, arguments!];
    }

    private CountryWords(CultureInfo culture)
    {
        this.culture = culture;
        Figures = ChartWords.English;
        words = (key, arguments) => Text.Format(key, culture, arguments);
    }

    /// <summary>English words and invariant numbers, for downloads.</summary>
    public static CountryWords Invariant { get; } = new(CultureInfo.InvariantCulture);

    /// <summary>The words inside the profile's figures (axis, legend, hover).</summary>
    public ChartWords Figures { get; }

    /// <summary>The language and number format of these words.</summary>
    public CultureInfo Culture => culture;

    /// <summary>The text of <paramref name="key"/>.</summary>
    public string this[string key] => words(key, []);

    /// <summary>The text of <paramref name="key"/> with its placeholders filled.</summary>
    public string Format(string key, params object?[] arguments) => words(key, arguments);

    /// <summary>A plugin's text in this language (English when it has no translation).</summary>
    public string Name(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.For(culture);
    }

    /// <summary>Data (a name, a round) inside a sentence in this language: isolated in a right-to-left one.</summary>
    public string Data(string value) =>
        culture.TextInfo.IsRightToLeft ? BidiText.Isolate(value) : value;
}
