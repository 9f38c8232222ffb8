using MnrPlatform.Core.Reference;

namespace MnrPlatform.Core.Indicators;

/// <summary>Which group of a <see cref="Breakdown"/> a respondent falls in, and the order of the groups.</summary>
public static class BreakdownGroups
{
    /// <summary>The group code of the respondents a breakdown cannot place (no income group or region).</summary>
    public const string Unknown = "unknown";

    /// <summary>The code of the only group of <see cref="Breakdown.All"/>.</summary>
    public const string AllCountries = "all";

    /// <summary>The code of the high-income band.</summary>
    public const string HighIncome = "high";

    /// <summary>The code of the low- and middle-income band.</summary>
    public const string LowAndMiddleIncome = "low-middle";

    /// <summary>The groups <paramref name="respondent"/> belongs to: one, or one per instrument answered.</summary>
    public static IEnumerable<(string Code, string Name)> Of(Respondent respondent, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(respondent);
        switch (breakdown)
        {
            case Breakdown.All:
                yield return (AllCountries, "All countries");
                break;
            case Breakdown.IncomeGroup:
                yield return respondent.IncomeGroup is { } group
                    ? (IncomeGroups.Code(group), IncomeGroups.DisplayName(group))
                    : (Unknown, "Income group not known");
                break;
            case Breakdown.IncomeBand:
                yield return respondent.IncomeGroup switch
                {
                    null => (Unknown, "Income group not known"),
                    IncomeGroup.High => (HighIncome, "High income"),
                    _ => (LowAndMiddleIncome, "Low and middle income"),
                };
                break;
            case Breakdown.Region:
                yield return respondent.Region is { Length: > 0 } region ? (region, region) : (Unknown, "Region not known");
                break;
            case Breakdown.Instrument:
                foreach (var instrument in respondent.Instruments)
                {
                    yield return (instrument, instrument);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "Not a breakdown.");
        }
    }

    /// <summary>
    /// The display order of group codes: income bands, then income groups from high to low, then
    /// other codes (regions, instruments) in ordinal order, the unknown group last.
    /// </summary>
    public static IComparer<string> Order { get; } = Comparer<string>.Create((a, b) =>
    {
        var byRank = Rank(a).CompareTo(Rank(b));
        return byRank != 0 ? byRank : string.CompareOrdinal(a, b);
    });

    private static int Rank(string code) => code switch
    {
        HighIncome => 0,
        LowAndMiddleIncome => 1,
        Unknown => int.MaxValue,
        _ when IncomeGroups.TryParse(code, out var group) => 2 + IncomeGroup.High - group,
        _ => 10,
    };
}
