using MnrPlatform.Data.Practice;

namespace MnrPlatform.Host.Components.Practice;

/// <summary>The library's search as the address holds it (every value optional; blanks are no filter).</summary>
public static class LibraryAddress
{
    /// <summary>The query from the address's values.</summary>
    public static ExampleQuery Query(string? text, string? capability, string? domain, string? phase, string? region, string? income, string? theme, string? language) => new(
        Text: Blank(text),
        CapabilityCode: Blank(capability),
        DomainCode: Blank(domain),
        Phase: int.TryParse(phase, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 4 ? p : null,
        Region: Blank(region),
        IncomeGroup: Blank(income),
        Theme: Blank(theme),
        Language: Blank(language));

    /// <summary>Whether any filter or text is set.</summary>
    public static bool IsFiltered(ExampleQuery query) => query != new ExampleQuery();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
