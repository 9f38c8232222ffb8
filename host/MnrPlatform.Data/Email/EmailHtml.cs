using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MnrPlatform.Data.Email;

/// <summary>
/// The HTML part of a message, made from its plain text when it is sent: one paragraph per block,
/// quoted lines as a quotation, links clickable and left to right; <c>lang</c> and <c>dir</c> of its
/// language (right to left for Arabic). The words are the text part's, so the two never differ.
/// </summary>
public static partial class EmailHtml
{
    /// <summary>The HTML document of <paramref name="text"/> written in <paramref name="language"/>.</summary>
    public static string From(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = EmailLanguage.Normalize(language);
        var direction = EmailLanguage.IsRightToLeft(name) ? "rtl" : "ltr";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(name).Append("\" dir=\"").Append(direction).Append("\">\n<head><meta charset=\"utf-8\"></head>\n")
            .Append("<body dir=\"").Append(direction).Append("\" style=\"font-family: sans-serif; line-height: 1.5\">\n");
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = block.Split('\n');
            if (lines.All(l => l.StartsWith('>')))
            {
                html.Append("<blockquote>").AppendJoin("<br>", lines.Select(l => Inline(l.TrimStart('>').TrimStart()))).Append("</blockquote>\n");
            }
            else
            {
                html.Append("<p>").AppendJoin("<br>", lines.Select(Inline)).Append("</p>\n");
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    // Encoded text; an address alone on its line becomes a link, kept left to right inside right-to-left text.
    private static string Inline(string line) =>
        Link().IsMatch(line)
            ? $"<a href=\"{WebUtility.HtmlEncode(line)}\" dir=\"ltr\">{WebUtility.HtmlEncode(line)}</a>"
            : WebUtility.HtmlEncode(line);

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex Link();
}
