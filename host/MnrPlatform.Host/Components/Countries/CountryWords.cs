using System.Globalization;
using MnrPlatform.Core.Localization;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Countries;

/// <summary>
/// The profile's words (<see cref="CountryText"/>) and plugin texts in one language. The page reads them in
/// the request's language (<see cref="Current"/>); a chart's CSV download reads the same table in English
/// with invariant numbers (<see cref="Invariant"/>), so a download is the same whatever the page's language.
/// </summary>
internal sealed class CountryWords(CultureInfo culture)
{
    private static readonly ResourceText Text = new(typeof(CountryText));

    /// <summary>The request's (or circuit's) language.</summary>
    public static CountryWords Current => new(CultureInfo.CurrentUICulture);

    /// <summary>English words and invariant numbers, for downloads.</summary>
    public static CountryWords Invariant { get; } = new(CultureInfo.InvariantCulture);

    /// <summary>The language and number format of these words.</summary>
    public CultureInfo Culture => culture;

    /// <summary>The text of <paramref name="key"/>.</summary>
    public string this[string key] => Text.Get(key, culture);

    /// <summary>The text of <paramref name="key"/> with its placeholders filled.</summary>
    public string Format(string key, params object?[] arguments) => Text.Format(key, culture, arguments);

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
