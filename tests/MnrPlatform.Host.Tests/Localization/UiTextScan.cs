using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// Finds the text on a page rendered in the pseudo-language that did not come through the localizer:
/// every visible text node, the title and the accessible attributes (aria-label, title, placeholder,
/// alt) must be pseudo-marked, a data value the test names, or hold no letters (numbers, punctuation).
/// </summary>
internal static partial class UiTextScan
{
    /// <summary>Parts of a page left out of the scan, each with the reason.</summary>
    public static IReadOnlyDictionary<string, string> Excluded { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["script, style, template, noscript"] = "not shown",
        ["[lang]:not(html)"] = "text in its own language on purpose (the language menu names each language in itself)",
        ["code"] = "quoted values: the demo password, an error's request id",
        ["[translate=no]"] = "data the page shows as it is stored (a person's name, an example's title, text someone typed): HTML's own mark for text not to translate",
    };

    private static readonly string[] Attributes = ["aria-label", "title", "placeholder", "alt"];

    /// <summary>The texts of <paramref name="html"/> that are neither marked, nor data, nor free of letters; each with where it is.</summary>
    public static IReadOnlyList<string> Leftovers(string html, IReadOnlySet<string> dataValues)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var selector in Excluded.Keys)
        {
            foreach (var element in document.QuerySelectorAll(selector).ToList())
            {
                element.Remove();
            }
        }

        var found = new List<string>();
        void Check(string text, string where)
        {
            var trimmed = text.Trim();
            if (trimmed.Length > 0 && !trimmed.Contains(PseudoLocalization.Open, StringComparison.Ordinal)
                && !dataValues.Contains(trimmed) && HasLetters().IsMatch(trimmed))
            {
                found.Add($"\"{trimmed}\" in {where}");
            }
        }

        Check(document.Title ?? "", "<title>");
        foreach (var element in document.Body!.DescendantsAndSelf<IElement>())
        {
            foreach (var text in element.ChildNodes.OfType<IText>())
            {
                Check(text.Data, Describe(element));
            }

            foreach (var attribute in Attributes)
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    Check(value, $"{attribute} of {Describe(element)}");
                }
            }
        }

        return found;
    }

    private static string Describe(IElement element) =>
        element.LocalName + (element.Id is { Length: > 0 } id ? "#" + id : "")
        + (element.ClassList.Length > 0 ? "." + string.Join('.', element.ClassList.Take(2)) : "")
        + (element.GetAttribute("data-testid") is { } testId ? $"[data-testid={testId}]" : "");

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex HasLetters();
}
