using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Disclosure;

/// <summary>
/// Applies a viewer's <see cref="DisclosureRule"/> to indicator results, in the engine's layer so
/// that no page sees a count it may not show.
/// <para>
/// The unit of protection is a <see cref="FamilyCounts"/>: the indicators over one denominator
/// (one indicator alone is a family of one). Their counts are linked (phases 1 to 4 add up to N,
/// "no" is the N − n of "yes"), so protecting each alone would let one indicator's published
/// counts reveal another's hidden ones. Every count a page may show (each member's n, N − n and N,
/// per group of every breakdown and for the whole round) is a sum of pattern counts (countries by
/// which members count them), and the breakdowns are published side by side, so all of them are
/// protected together (<see cref="FamilySuppression"/>): every count below k is hidden (primary,
/// zeros included) and further counts until no hidden count can be worked out from the shown ones,
/// given that the groups of a breakdown add up to the round and the income band nests over the
/// income group. A value n / N is shown only when n and N are.
/// The instrument breakdown joins the others when each country answered exactly one instrument;
/// when countries answered several (or none), its groups overlap and do not add up to the total,
/// and it is withheld from everyone but the secretariat (<see cref="Suppression.Withheld"/>).
/// </para>
/// <para>
/// Protect a whole family, over every breakdown its indicators allow, in one call, whichever
/// indicator or breakdown a page shows (the engine and <see cref="IndicatorResultService"/> do):
/// protected separately, two pages could together reveal what each hides.
/// </para>
/// </summary>
public static class IndicatorDisclosure
{
    /// <summary>
    /// The family's indicators as a viewer under <paramref name="rule"/> may see them, each by the
    /// breakdowns it allows that were counted, in the family's order.
    /// <see cref="DisclosureRule.Unrestricted"/> shows everything.
    /// </summary>
    public static IReadOnlyList<DisclosedIndicator> Apply(DisclosureRule rule, FamilyCounts family)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(family);
        var cells = Protect(rule, family);
        return [.. family.Indicators.Select((indicator, j) => new DisclosedIndicator(
            indicator,
            rule,
            [.. family.Breakdowns
                .Where(b => IndicatorEngine.Allows(indicator.Item, b.Breakdown))
                .Select(b => new DisclosedBreakdown(b.Breakdown, [.. b.Groups.Select((g, r) => Group(family, j, b, r, cells[b.Breakdown]))]))],
            null))];
    }

    /// <summary>Per breakdown, the disclosure of a group's count (row, indicator, side).</summary>
    private static Dictionary<Breakdown, Func<int, int, FamilySuppression.Side, DisclosedCount>> Protect(DisclosureRule rule, FamilyCounts family)
    {
        var result = new Dictionary<Breakdown, Func<int, int, FamilySuppression.Side, DisclosedCount>>();
        if (!rule.Suppresses)
        {
            foreach (var b in family.Breakdowns)
            {
                result[b.Breakdown] = (row, indicator, side) => new DisclosedCount(Value(family, b.Counts[row], indicator, side), Suppression.None);
            }

            return result;
        }

        // The total per pattern: any breakdown that places everyone adds up to it (All, income group and band, region).
        var partition = family.Breakdowns.FirstOrDefault(b => b.Breakdown is not Breakdown.Instrument && b.Groups.Count > 0);
        if (partition is null)
        {
            // Nobody answered the round, or only an instrument breakdown was counted: nothing additive to publish.
            foreach (var b in family.Breakdowns)
            {
                result[b.Breakdown] = Withheld;
            }

            return result;
        }

        var total = Totals(partition);
        var joint = family.Breakdowns.Where(b => b.Breakdown != Breakdown.All && b.Groups.Count > 0 && Totals(b).SequenceEqual(total)).ToList();
        var state = FamilySuppression.Protect(rule, family, joint, total);
        foreach (var b in family.Breakdowns)
        {
            var t = joint.IndexOf(b);
            result[b.Breakdown] = b.Breakdown == Breakdown.All
                ? (_, indicator, side) => state(-1, 0, indicator, side)
                : t >= 0 ? (row, indicator, side) => state(t, row, indicator, side)
                : Withheld;
        }

        return result;
    }

    private static DisclosedCount Withheld(int row, int indicator, FamilySuppression.Side side) => new(null, Suppression.Withheld);

    private static int Value(FamilyCounts family, IReadOnlyList<int> counts, int indicator, FamilySuppression.Side side) =>
        Enumerable.Range(0, family.Patterns.Count)
            .Where(p => side switch
            {
                FamilySuppression.Side.Counted => family.Counts(indicator, p),
                FamilySuppression.Side.NotCounted => !family.Counts(indicator, p),
                _ => true,
            })
            .Sum(p => counts[p]);

    private static DisclosedGroupValue Group(FamilyCounts family, int indicator, FamilyBreakdown breakdown, int row, Func<int, int, FamilySuppression.Side, DisclosedCount> cell)
    {
        var counts = breakdown.Counts[row];
        var n = cell(row, indicator, FamilySuppression.Side.Counted);
        var rest = cell(row, indicator, FamilySuppression.Side.NotCounted);
        var denominator = cell(row, indicator, FamilySuppression.Side.All);
        var total = counts.Sum();
        decimal? value = total == 0 ? null : Value(family, counts, indicator, FamilySuppression.Side.Counted) * family.Indicators[indicator].Item.Factor / total;
        var parts = new[] { n.Suppression, rest.Suppression, denominator.Suppression };
        var why = parts.Contains(Suppression.Withheld) ? Suppression.Withheld
            : parts.Contains(Suppression.Primary) ? Suppression.Primary
            : n.IsPublished && denominator.IsPublished ? Suppression.None
            : Suppression.Complementary;
        return new DisclosedGroupValue(breakdown.Groups[row].Code, breakdown.Groups[row].Name, n, rest, denominator, new DisclosedValue(why == Suppression.None ? value : null, why));
    }

    private static List<int> Totals(FamilyBreakdown breakdown) =>
        [.. Enumerable.Range(0, breakdown.Counts.Count == 0 ? 0 : breakdown.Counts[0].Count).Select(p => breakdown.Counts.Sum(row => row[p]))];
}

/// <summary>An indicator's results in one round as a viewer may see them.</summary>
/// <param name="Indicator">The indicator and the plugin that supplies it.</param>
/// <param name="Rule">The rule they were protected with.</param>
/// <param name="Breakdowns">Each breakdown, in the order computed; empty when the plugin code failed.</param>
/// <param name="Fault">Why the plugin code failed; null when it did not.</param>
public sealed record DisclosedIndicator(Owned<IndicatorInfo> Indicator, DisclosureRule Rule, IReadOnlyList<DisclosedBreakdown> Breakdowns, PluginFault? Fault)
{
    /// <summary>The groups of <paramref name="breakdown"/>; null when it was not computed.</summary>
    public DisclosedBreakdown? By(Breakdown breakdown) => Breakdowns.FirstOrDefault(b => b.Breakdown == breakdown);
}

/// <summary>One breakdown of an indicator as a viewer may see it.</summary>
/// <param name="Breakdown">The breakdown.</param>
/// <param name="Groups">Its groups in display order, each with what may be shown.</param>
public sealed record DisclosedBreakdown(Breakdown Breakdown, IReadOnlyList<DisclosedGroupValue> Groups);

/// <summary>An indicator's value for one group as a viewer may see it: each count shown or hidden, and why.</summary>
/// <param name="Code">The group's code.</param>
/// <param name="Name">The group's display name.</param>
/// <param name="Numerator">n: countries counted.</param>
/// <param name="NotCounted">N − n: countries in the denominator not counted.</param>
/// <param name="Denominator">N.</param>
/// <param name="Value">n / N × factor, shown only when n and N are.</param>
public sealed record DisclosedGroupValue(string Code, string Name, DisclosedCount Numerator, DisclosedCount NotCounted, DisclosedCount Denominator, DisclosedValue Value);

/// <summary>An indicator value as published: the value, or nothing and why.</summary>
/// <param name="Value">The value; null when hidden or when N is 0.</param>
/// <param name="Suppression">
/// Why it is hidden: <see cref="Suppression.Primary"/> when a count of its group is below k,
/// <see cref="Suppression.Complementary"/> when a count is hidden to protect another group,
/// <see cref="Suppression.Withheld"/> for overlapping groups; <see cref="Suppression.None"/> when shown.
/// </param>
public readonly record struct DisclosedValue(decimal? Value, Suppression Suppression)
{
    /// <summary>True when the value is shown.</summary>
    public bool IsPublished => Suppression == Suppression.None;

    /// <summary>The value rounded half up to a whole number, as published; empty when hidden or none.</summary>
    public string Display => IsPublished ? IndicatorValue.Format(Value) : "";
}
