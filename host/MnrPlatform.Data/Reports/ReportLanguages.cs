using System.Globalization;

namespace MnrPlatform.Data.Reports;

/// <summary>
/// The languages a report is written in (issue 22): English, French, Spanish, Arabic, by the names
/// <c>mnr report --language</c> and the download's <c>?language=</c> take.
/// </summary>
public static class ReportLanguages
{
    /// <summary>The language when none is asked for.</summary>
    public const string Default = "en";

    /// <summary>The languages' names, in the platform's order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["en", "fr", "es", "ar"];

    /// <summary>The culture of <paramref name="name"/> (case-insensitive); null for a language reports are not written in.</summary>
    public static CultureInfo? Find(string? name) =>
        Names.FirstOrDefault(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } known
            ? CultureInfo.GetCultureInfo(known)
            : null;

    /// <summary>The language of <paramref name="culture"/> when reports are written in it (fr-CA → fr), else English.</summary>
    public static CultureInfo Nearest(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Find(culture.TwoLetterISOLanguageName) ?? CultureInfo.GetCultureInfo(Default);
    }

    /// <summary>True for a language written right to left (Arabic).</summary>
    public static bool IsRightToLeft(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TextInfo.IsRightToLeft;
    }
}
