using System.Globalization;
using MnrPlatform.Core.Localization;

namespace MnrPlatform.Data.Email;

/// <summary>The languages e-mails are written in (those of the platform's pages) and how a stored choice maps to one.</summary>
public static class EmailLanguage
{
    /// <summary>English: the language when none is known.</summary>
    public const string Default = PlatformLanguages.Default;

    /// <summary>Every language an e-mail can be written in.</summary>
    public static IReadOnlyList<string> All => PlatformLanguages.Names;

    /// <summary>The offered language named <paramref name="name"/> ("fr", "FR", "fr-CA" → "fr"); English for anything else or nothing.</summary>
    public static string Normalize(string? name) => PlatformLanguages.Nearest(name).Name;

    /// <summary>The culture of <paramref name="name"/> as <see cref="Normalize"/> reads it.</summary>
    public static CultureInfo Culture(string? name) => CultureInfo.GetCultureInfo(Normalize(name));

    /// <summary>True when <paramref name="name"/> is written right to left (Arabic).</summary>
    public static bool IsRightToLeft(string? name) => Culture(name).TextInfo.IsRightToLeft;
}
