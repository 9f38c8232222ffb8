namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>
/// Keeps spreadsheets from executing exported text (CSV injection, OWASP): a CSV cell whose text,
/// after any leading single quotes, begins with <c>= + - @</c>, a tab or a carriage return gets one
/// more leading single quote. The importer removes exactly one leading quote from such a cell, so
/// the pair is a bijection and export → import gives back the stored text exactly; a quote a
/// person typed before a formula character ("'=x", the spreadsheet way to say "text") is read as
/// that text ("=x").
/// </summary>
public static class FormulaGuard
{
    /// <summary>True when a spreadsheet could take <paramref name="text"/> as a formula.</summary>
    public static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text to write into a CSV cell.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Guarded(text) ? "'" + text : text;
    }

    /// <summary>The text a CSV cell stands for: one leading quote removed when it guards a formula character.</summary>
    public static string Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 1 && text[0] == '\'' && Guarded(text.AsSpan(1)) ? text[1..] : text;
    }

    private static bool Guarded(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart('\'');
        return rest.Length > 0 && IsTrigger(rest[0]);
    }
}
