using System.Text.RegularExpressions;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// Reads the survey pages' markup in tests without depending on how MudBlazor wraps text: the
/// first text inside the element that starts with the given attributes, past any wrapper tags,
/// whatever attributes follow (CSS isolation adds one).
/// </summary>
internal static partial class SurveyMarkup
{
    /// <summary>The first text inside the first element whose attributes start with <paramref name="attributes"/>; null when there is none.</summary>
    public static string? Text(string html, string attributes) => Texts(html, attributes).FirstOrDefault();

    /// <summary>The first text inside each element whose attributes start with <paramref name="attributes"/>.</summary>
    public static IEnumerable<string> Texts(string html, string attributes) =>
        Regex.Matches(html, Regex.Escape(attributes) + "(?:\\s[^>]*)?>(?:\\s*<[^>]+>)*\\s*(?<text>[^<]*?)\\s*<", RegexOptions.None, TimeSpan.FromSeconds(5))
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value));

    /// <summary>The markup of each element (up to its row's end) whose attributes start with <paramref name="attributes"/>.</summary>
    public static IEnumerable<string> Rows(string html, string attributes) =>
        Regex.Matches(html, Regex.Escape(attributes) + "(?:\\s[^>]*)?>(?<row>.*?)</tr>", RegexOptions.Singleline, TimeSpan.FromSeconds(5))
            .Select(m => m.Groups["row"].Value);
}
