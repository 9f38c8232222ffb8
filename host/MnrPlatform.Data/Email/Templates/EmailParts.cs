using System.Globalization;
using System.Text;
using MnrPlatform.Core.Localization;
using MnrPlatform.Data.Resources;

namespace MnrPlatform.Data.Email.Templates;

/// <summary>What every message shares, in the recipient's language: the words, the date format, the link line and the closing.</summary>
internal static class EmailParts
{
    private static readonly ResourceText Words = new(typeof(EmailText));

    public static string Get(CultureInfo culture, string key) => Words.Get(key, culture);

    /// <summary>The text of <paramref name="key"/> with data (names of countries, rounds, instruments) isolated in a right-to-left message.</summary>
    public static string Format(CultureInfo culture, string key, params object?[] arguments) =>
        Words.Format(key, culture, [.. arguments.Select(a => a is string s ? Isolate(culture, s) : a)]);

    /// <summary>A day in the recipient's language, Gregorian everywhere: "7 December 2026", "7 décembre 2026".</summary>
    public static string Date(CultureInfo culture, DateTimeOffset at)
    {
        var format = (CultureInfo)culture.Clone();
        if (format.Calendar is not GregorianCalendar)
        {
            format.DateTimeFormat.Calendar = new GregorianCalendar();
        }

        return at.UtcDateTime.ToString("d MMMM yyyy", format);
    }

    /// <summary>A sentence, then the link alone on the next line (so it stays whole and left to right).</summary>
    public static string WithLink(CultureInfo culture, string key, Uri link) => $"{Get(culture, key)}\n{link}";

    /// <summary>"Hello," and the paragraphs joined by blank lines (null ones left out), then the closing and the automatic-message note.</summary>
    public static string Body(CultureInfo culture, params string?[] paragraphs)
    {
        var text = new StringBuilder();
        foreach (var paragraph in paragraphs.Prepend(Get(culture, "Hello")).Append(Get(culture, "Closing")).Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            text.Append(paragraph).Append("\n\n");
        }

        return text.Append(Get(culture, "Automatic")).Append('\n').ToString();
    }

    /// <summary>A link under the platform's address, or null when no address is known.</summary>
    public static Uri? Under(Uri? platform, string path) => platform is null ? null : new Uri(platform, path.TrimStart('/'));

    // Latin data inside an Arabic sentence keeps its own direction (first-strong isolate … pop directional isolate).
    private static string Isolate(CultureInfo culture, string value) =>
        culture.TextInfo.IsRightToLeft ? $"\u2068{value}\u2069" : value;
}
