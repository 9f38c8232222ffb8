using System.Globalization;
using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Core.Localization;

/// <summary>
/// The languages the platform speaks: English and the cultures every plugin is translated into
/// (<see cref="TranslationCoverage.PlatformCultures"/>). Pages, e-mails, the XLSX template and reports
/// all offer these, by name ("fr").
/// </summary>
public static class PlatformLanguages
{
    /// <summary>English: the language when nothing else decides.</summary>
    public const string Default = "en";

    /// <summary>Every language's name, English first, in the order menus show them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Default, .. TranslationCoverage.PlatformCultures];

    /// <summary>The culture named exactly <paramref name="name"/> (case-insensitive, trimmed); null for a language not offered.</summary>
    public static CultureInfo? Find(string? name) =>
        Names.FirstOrDefault(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } known
            ? CultureInfo.GetCultureInfo(known)
            : null;

    /// <summary>The offered language of <paramref name="name"/> or its region's variant ("fr-CA" → fr); English for anything else or nothing.</summary>
    public static CultureInfo Nearest(string? name) =>
        Find(name?.Trim().Split('-', '_')[0]) ?? CultureInfo.GetCultureInfo(Default);
}
