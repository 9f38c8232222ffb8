using System.Globalization;
using MnrPlatform.Core.Localization;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Resources;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// The library's refusals in the language of the request that caused them (its current UI culture:
/// a page's language, English for a caller that sets none), from <see cref="PracticeMessages"/>.
/// </summary>
internal static class PracticeWords
{
    private static readonly ResourceText Text = new(typeof(PracticeMessages));

    /// <summary>The message of <paramref name="key"/> with <paramref name="arguments"/>, in the current UI culture.</summary>
    public static string Of(string key, params object?[] arguments) =>
        Text.Format(key, CultureInfo.CurrentUICulture, arguments);

    /// <summary>A status in words ("in review").</summary>
    public static string Status(PracticeExampleStatus status) => Of("Status." + status);

    /// <summary>A visibility in words ("Alliance members").</summary>
    public static string Visibility(ExampleVisibility visibility) => Of("Visibility." + visibility);

    /// <summary>An anonymity level in words ("sub-region").</summary>
    public static string Level(AnonymityLevel level) => Of("Level." + level);
}
