using System.Globalization;
using System.Text;

namespace MnrPlatform.Data.Practice;

/// <summary>
/// Splits a search into words the way both stores split the text they index: a word is a run of
/// letters, digits and combining marks (SQLite's unicode61 tokenizer; PostgreSQL after ASCII
/// punctuation is turned into spaces). Everything else separates words, so a word never holds a
/// character that means something in an FTS5 or tsquery expression.
/// </summary>
internal static class SearchWords
{
    public static IReadOnlyList<string> Split(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (IsWordPart(Rune.GetUnicodeCategory(rune)))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static bool IsWordPart(UnicodeCategory category) => category
        is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
