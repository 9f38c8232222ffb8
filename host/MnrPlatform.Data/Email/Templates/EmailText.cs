using System.Globalization;
using System.Text;

namespace MnrPlatform.Data.Email.Templates;

/// <summary>What every message shares: the date format, the optional link line and the closing.</summary>
internal static class EmailText
{
    public const string Closing = "With kind regards,\nThe Alliance secretariat";

    public const string Automatic = "This message was sent by MnrPlatform; replies to it are not read.";

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Paragraphs joined by blank lines; null paragraphs are left out.</summary>
    public static string Body(params string?[] paragraphs)
    {
        var text = new StringBuilder();
        foreach (var paragraph in paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            text.Append(paragraph).Append("\n\n");
        }

        return text.Append(Automatic).Append('\n').ToString();
    }

    /// <summary>A link under the platform's address, or null when no address is known.</summary>
    public static Uri? Under(Uri? platform, string path) => platform is null ? null : new Uri(platform, path.TrimStart('/'));
}
