using System.Globalization;
using MnrPlatform.Core.Localization;

namespace MnrPlatform.Host.Hosting.Localization;

/// <summary>A language the platform's pages are offered in.</summary>
/// <param name="Name">The culture name ("fr"), as stored on the account and in the cookie.</param>
/// <param name="NativeName">The language in its own words, as the language menu shows it ("Français").</param>
public sealed record PlatformCulture(string Name, string NativeName)
{
    /// <summary>True for a language written right to left (Arabic).</summary>
    public bool IsRightToLeft => CultureInfo.GetCultureInfo(Name).TextInfo.IsRightToLeft;
}

/// <summary>The languages of the platform's pages (issue 22) and how a request's language is remembered.</summary>
public static class PlatformCultures
{
    /// <summary>The language when nothing else decides.</summary>
    public const string Default = PlatformLanguages.Default;

    /// <summary>The cookie that holds the language chosen in the menu (also before sign-in).</summary>
    public const string CookieName = "mnr.culture";

    /// <summary>The sign-in cookie's claim holding the account's chosen language.</summary>
    public const string Claim = "mnr:culture";

    /// <summary>Every language offered (<see cref="PlatformLanguages"/>), in the menu's order, each named in itself.</summary>
    public static IReadOnlyList<PlatformCulture> All { get; } = [.. PlatformLanguages.Names.Select(n => new PlatformCulture(n, NativeName(n)))];

    // "Français", "Español", "العربية": the culture's own name, capitalised as a menu item.
    private static string NativeName(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        return culture.TextInfo.ToUpper(culture.NativeName[0]) + culture.NativeName[1..];
    }

    /// <summary>The offered language named <paramref name="name"/> (case-insensitive); null for any other.</summary>
    public static PlatformCulture? Find(string? name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The language of the current request or circuit.</summary>
    public static PlatformCulture Current =>
        Find(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? All[0];

    /// <summary>Whether the current request's language is written right to left.</summary>
    public static bool CurrentIsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;
}

/// <summary>Data inside a translated sentence (a plugin's English name, a round's name) keeps its own direction in Arabic.</summary>
public static class BidiText
{
    /// <summary>
    /// <paramref name="value"/> between Unicode's first-strong isolate and its closing mark when the page is
    /// right to left, so Latin data does not reorder the Arabic around it; as it is otherwise.
    /// </summary>
    public static string Isolate(string value) =>
        PlatformCultures.CurrentIsRightToLeft ? $"\u2068{value}\u2069" : value;
}
