using System.Globalization;

namespace MnrPlatform.Data.Email;

/// <summary>The languages e-mails are written in (those of the platform's pages) and how a stored choice maps to one.</summary>
public static class EmailLanguage
{
    /// <summary>English: the language when none is known.</summary>
    public const string Default = "en";

    /// <summary>Every language an e-mail can be written in.</summary>
    public static IReadOnlyList<string> All { get; } = ["en", "fr", "es", "ar"];

    /// <summary>The offered language named <paramref name="name"/> ("fr", "FR", "fr-CA" → "fr"); English for anything else or nothing.</summary>
    public static string Normalize(string? name)
    {
        var language = name?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return All.FirstOrDefault(l => l == language) ?? Default;
    }

    /// <summary>The culture of <paramref name="name"/> as <see cref="Normalize"/> reads it.</summary>
    public static CultureInfo Culture(string? name) => CultureInfo.GetCultureInfo(Normalize(name));

    /// <summary>True when <paramref name="name"/> is written right to left (Arabic).</summary>
    public static bool IsRightToLeft(string? name) => Culture(name).TextInfo.IsRightToLeft;
}
