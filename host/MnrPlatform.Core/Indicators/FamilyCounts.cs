using MnrPlatform.Core.Catalog;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Indicators;

/// <summary>
/// The countries of one round counted for a <em>family</em>: indicators that share one denominator
/// rule (e.g. "phase 1" … "phase 4" and "phase 3 or above" over "gave a phase"). Their counts are
/// linked (the phases add up to N; "no" is N − n of "yes"), so they are published, and protected,
/// together. Each country of the denominator has a <em>pattern</em>: which of the family's
/// indicators count it (bit j for indicator j). Per breakdown and group, the table counts the
/// countries of each pattern that occurs; every n, N − n and N of every family member is a sum of
/// those counts.
/// </summary>
public sealed class FamilyCounts
{
    /// <summary>Creates the counts; <paramref name="patterns"/> are distinct, one count per pattern in each group's row.</summary>
    public FamilyCounts(IReadOnlyList<Owned<IndicatorInfo>> indicators, IReadOnlyList<ulong> patterns, IReadOnlyList<FamilyBreakdown> breakdowns)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(breakdowns);
        if (indicators.Count is 0 or > MaxIndicators)
        {
            throw new ArgumentException($"A family has 1 to {MaxIndicators} indicators, not {indicators.Count}.", nameof(indicators));
        }

        if (breakdowns.Any(b => b.Counts.Count != b.Groups.Count || b.Counts.Any(row => row.Count != patterns.Count)))
        {
            throw new ArgumentException("Each breakdown needs one row per group and one count per pattern.", nameof(breakdowns));
        }

        Indicators = indicators;
        Patterns = patterns;
        Breakdowns = breakdowns;
    }

    /// <summary>The most indicators in one family (one bit each in a pattern).</summary>
    public const int MaxIndicators = 64;

    /// <summary>The family's indicators; indicator j is bit j of a pattern.</summary>
    public IReadOnlyList<Owned<IndicatorInfo>> Indicators { get; }

    /// <summary>
    /// The patterns that occur, ascending, and for an indicator no country counts the pattern of it
    /// alone, for one every country counts the pattern 0 (counted by none): such a zero count is a
    /// value to protect like the others, not a fact to publish.
    /// </summary>
    public IReadOnlyList<ulong> Patterns { get; }

    /// <summary>The counts by breakdown.</summary>
    public IReadOnlyList<FamilyBreakdown> Breakdowns { get; }

    /// <summary>Whether indicator <paramref name="indicator"/> counts the countries of pattern <paramref name="pattern"/>.</summary>
    public bool Counts(int indicator, int pattern) => (Patterns[pattern] & (1UL << indicator)) != 0;
}

/// <summary>A family's counts by one breakdown.</summary>
/// <param name="Breakdown">The breakdown.</param>
/// <param name="Groups">Code and name of each group that has respondents, in display order.</param>
/// <param name="Counts">Per group, the countries of the denominator with each pattern (in <see cref="FamilyCounts.Patterns"/> order).</param>
public sealed record FamilyBreakdown(Breakdown Breakdown, IReadOnlyList<(string Code, string Name)> Groups, IReadOnlyList<IReadOnlyList<int>> Counts);
