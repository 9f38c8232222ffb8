using System.Globalization;
using MnrPlatform.Core.Localization;
using MnrPlatform.Data.Resources;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// The visible words of the XLSX template (<see cref="TemplateText"/>) in the language it is written in,
/// and, for reading one back, which key a cell names in any of the template's languages. English words
/// are the keys themselves ("round", "question", "value"), so templates written before they were
/// translated still read.
/// </summary>
internal static class TemplateWords
{
    private static readonly ResourceText Text = new(typeof(TemplateText));

    /// <summary>The languages a template is written and read in.</summary>
    public static IReadOnlyList<CultureInfo> Languages { get; } =
        [.. PlatformLanguages.Names.Select(CultureInfo.GetCultureInfo)];

    /// <summary>The info rows: their invariant names and resource keys.</summary>
    public static IReadOnlyList<(string Name, string Key)> Info { get; } =
        [("round", "Info.Round"), ("country", "Info.Country"), ("instrument", "Info.Instrument")];

    /// <summary>The header's columns in order: the invariant names and resource keys.</summary>
    public static IReadOnlyList<(string Name, string Key)> Columns { get; } =
    [
        ("question", "Column.Question"), ("capability", "Column.Capability"), ("question text", "Column.QuestionText"),
        ("kind", "Column.Kind"), ("allowed values", "Column.Allowed"), ("value", "Column.Value"),
        ("comment", "Column.Comment"), ("evidence", "Column.Evidence"),
    ];

    /// <summary>The language a template is written in: <paramref name="culture"/>'s when offered, else English.</summary>
    public static CultureInfo LanguageOf(CultureInfo? culture) =>
        Languages.FirstOrDefault(l => l.TwoLetterISOLanguageName == culture?.TwoLetterISOLanguageName) ?? Languages[0];

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>.</summary>
    public static string Get(string key, CultureInfo language) => Text.Get(key, language);

    /// <summary>The text of <paramref name="key"/> with <paramref name="arguments"/>, in <paramref name="language"/>.</summary>
    public static string Format(string key, CultureInfo language, params object?[] arguments) => Text.Format(key, language, arguments);

    /// <summary>
    /// The invariant name of the entry of <paramref name="entries"/> that <paramref name="cell"/> names in any
    /// language (case and surrounding blanks ignored); null when it names none.
    /// </summary>
    public static string? Find(string cell, IReadOnlyList<(string Name, string Key)> entries)
    {
        var trimmed = cell.Trim();
        foreach (var (name, key) in entries)
        {
            if (string.Equals(name, trimmed, StringComparison.OrdinalIgnoreCase)
                || Languages.Any(l => string.Equals(Get(key, l), trimmed, StringComparison.OrdinalIgnoreCase)))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="sheetName"/> is the instruction sheet's name in some language.</summary>
    public static bool IsInstructions(string sheetName) =>
        Languages.Any(l => string.Equals(Get("Sheet.Instructions", l), sheetName.Trim(), StringComparison.OrdinalIgnoreCase));
}
