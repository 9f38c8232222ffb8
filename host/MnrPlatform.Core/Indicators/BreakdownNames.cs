namespace MnrPlatform.Core.Indicators;

/// <summary>The breakdowns as URLs, files and the API name them: all, income-group, income-band, region, instrument.</summary>
public static class BreakdownNames
{
    private static readonly Dictionary<string, Breakdown> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["all"] = Breakdown.All,
        ["income-group"] = Breakdown.IncomeGroup,
        ["income-band"] = Breakdown.IncomeBand,
        ["region"] = Breakdown.Region,
        ["instrument"] = Breakdown.Instrument,
    };

    public static string Name(Breakdown breakdown) => ByName.First(p => p.Value == breakdown).Key;

    /// <exception cref="ArgumentException">Not a breakdown (the message lists the names).</exception>
    public static Breakdown Parse(string? name) =>
        name is null ? Breakdown.All
        : ByName.TryGetValue(name, out var breakdown) ? breakdown
        : throw new ArgumentException($"'{name}' is not a breakdown; use one of {string.Join(", ", ByName.Keys)}.", nameof(name));
}
