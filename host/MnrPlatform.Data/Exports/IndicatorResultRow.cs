namespace MnrPlatform.Data.Exports;

/// <summary>One group of one indicator by one breakdown, as a results download holds it.</summary>
/// <param name="Round">The round's code.</param>
/// <param name="Domain">The domain's name.</param>
/// <param name="Capability">The capability's name.</param>
/// <param name="IndicatorId">The indicator's stable id.</param>
/// <param name="IndicatorName">The indicator's name.</param>
/// <param name="Breakdown">The breakdown as URLs name it (all, income-group, income-band, region, instrument).</param>
/// <param name="GroupCode">The group's code.</param>
/// <param name="GroupName">The group's name.</param>
/// <param name="Numerator">n; null when suppressed.</param>
/// <param name="Denominator">N; null when suppressed.</param>
/// <param name="Value">The value to one decimal (not rounded to a whole number as pages publish it); null when suppressed or nobody answered.</param>
/// <param name="Unit">The value's unit, e.g. "per cent".</param>
/// <param name="Suppression">none, primary, complementary or withheld.</param>
public sealed record IndicatorResultRow(
    string Round,
    string Domain,
    string Capability,
    string IndicatorId,
    string IndicatorName,
    string Breakdown,
    string GroupCode,
    string GroupName,
    int? Numerator,
    int? Denominator,
    decimal? Value,
    string Unit,
    string Suppression)
{
    /// <summary>The column headers, in the order of <see cref="Cells"/>.</summary>
    public static IReadOnlyList<string> Headers { get; } =
        ["round", "domain", "capability", "indicator id", "indicator name", "breakdown", "group code", "group name", "n", "N", "value", "unit", "suppression"];

    /// <summary>The row's cells: text, or numbers (<see cref="int"/>, <see cref="decimal"/>) for n, N and the value.</summary>
    public IReadOnlyList<object?> Cells => [Round, Domain, Capability, IndicatorId, IndicatorName, Breakdown, GroupCode, GroupName, Numerator, Denominator, Value, Unit, Suppression];
}
