using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Core.Reference;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Disclosure;

/// <summary>
/// Applies a viewer's <see cref="DisclosureRule"/> to an indicator's results, in the engine's layer
/// so that no page sees a count it may not show.
/// <para>
/// For each breakdown the groups make a table of countries: rows are the groups, columns are
/// "counted" (n) and "not counted" (N − n), row totals are the groups' N, and the total row is the
/// whole round (the <see cref="Breakdown.All"/> group). The breakdowns of one indicator are
/// published side by side, so they are protected together by <see cref="SmallCellSuppression"/>:
/// every value below k is hidden (primary) and further values are hidden until no hidden value can
/// be worked out from the shown ones, the table sums, the shared total and the nesting of income
/// band over income group (<see cref="RowLink"/>). The groups' N are protected first, on their own,
/// and are not used as complements where an inner count can serve, so indicators over the same
/// denominator (and the same breakdowns) show and hide the same N and cannot be combined to
/// recover one another's hidden counts through N. A value n / N is shown only when n and N both
/// are. The instrument breakdown joins the others when each country answered exactly one
/// instrument; when countries answered several (or none), its groups overlap and do not add up to
/// the total, so it is withheld from everyone but the secretariat.
/// </para>
/// <para>
/// Protect every breakdown that may be published for an indicator in one call (the engine and
/// <see cref="IndicatorResultService"/> always pass all that the indicator allows): two pages
/// protected separately could together reveal what each hides.
/// </para>
/// </summary>
public static class IndicatorDisclosure
{
    private static readonly string[] Columns = ["counted", "not counted"];

    /// <summary>
    /// The results of one indicator in one round (one <see cref="BreakdownResult"/> per breakdown)
    /// as a viewer under <paramref name="rule"/> may see them. <see cref="DisclosureRule.Unrestricted"/>
    /// shows everything.
    /// </summary>
    public static DisclosedIndicator Apply(DisclosureRule rule, Owned<IndicatorInfo> indicator, IReadOnlyList<BreakdownResult> results)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Any(r => !ReferenceEquals(r.Indicator, indicator) && r.Indicator.Item.Id != indicator.Item.Id))
        {
            throw new ArgumentException($"Every result must be of indicator '{indicator.Item.Id}'.", nameof(results));
        }

        if (results.FirstOrDefault(r => !r.Succeeded) is { } failed)
        {
            return new DisclosedIndicator(indicator, rule, [], failed.Fault);
        }

        var breakdowns = results.Select(r => (r.Breakdown, Groups: r.Groups!)).ToList();
        if (!rule.Suppresses)
        {
            return new DisclosedIndicator(indicator, rule, [.. breakdowns.Select(b => new DisclosedBreakdown(b.Breakdown, [.. b.Groups.Select(Published)]))], null);
        }

        return new DisclosedIndicator(indicator, rule, Protect(rule, breakdowns), null);
    }

    private static List<DisclosedBreakdown> Protect(DisclosureRule rule, List<(Breakdown Breakdown, IReadOnlyList<GroupValue> Groups)> breakdowns)
    {
        // The round's total: any partition's groups add up to it (All has one group; income group, band and region place everyone).
        var partition = breakdowns.FirstOrDefault(b => b.Breakdown is not Breakdown.Instrument && b.Groups.Count > 0);
        if (partition.Groups is null)
        {
            // Nobody answered the round, or only an instrument breakdown was asked for: nothing additive to publish.
            return [.. breakdowns.Select(b => new DisclosedBreakdown(b.Breakdown, [.. b.Groups.Select(g => Hidden(g, Suppression.Withheld))]))];
        }

        var total = Totals(partition.Groups);
        var joint = breakdowns
            .Where(b => b.Breakdown != Breakdown.All && b.Groups.Count > 0 && Totals(b.Groups) == total)
            .ToList();
        if (joint.Count == 0)
        {
            joint.Add(breakdowns.First(b => b.Breakdown == Breakdown.All));
        }

        var tables = joint.Select(b => new CountTable(
            b.Breakdown.ToString(),
            [.. b.Groups.Select(g => g.Code)],
            Columns,
            Counts(b.Groups))).ToList();
        var shown = SmallCellSuppression.Apply(rule, tables, Links(joint), rowTotalsFirst: true);

        return [.. breakdowns.Select(b =>
        {
            var t = joint.FindIndex(j => j.Breakdown == b.Breakdown);
            if (t >= 0)
            {
                return new DisclosedBreakdown(b.Breakdown, [.. b.Groups.Select((g, r) => Disclosed(g, shown[t].Cell(r, 0), shown[t].Cell(r, 1), shown[t].RowTotal(r)))]);
            }

            if (b.Breakdown == Breakdown.All)
            {
                // The one group is the whole round: the shared total row.
                return new DisclosedBreakdown(b.Breakdown, [.. b.Groups.Select(g => Disclosed(g, shown[0].ColumnTotal(0), shown[0].ColumnTotal(1), shown[0].GrandTotal))]);
            }

            return new DisclosedBreakdown(b.Breakdown, [.. b.Groups.Select(g => Hidden(g, Suppression.Withheld))]);
        })];
    }

    /// <summary>Income band rows as sums of income group rows: high = H, low and middle = L + LM + UM, unknown = unknown.</summary>
    private static List<RowLink> Links(List<(Breakdown Breakdown, IReadOnlyList<GroupValue> Groups)> joint)
    {
        var band = joint.FindIndex(b => b.Breakdown == Breakdown.IncomeBand);
        var group = joint.FindIndex(b => b.Breakdown == Breakdown.IncomeGroup);
        if (band < 0 || group < 0)
        {
            return [];
        }

        string BandOf(string groupCode) => groupCode switch
        {
            BreakdownGroups.Unknown => BreakdownGroups.Unknown,
            _ when IncomeGroups.TryParse(groupCode, out var g) && g == IncomeGroup.High => BreakdownGroups.HighIncome,
            _ => BreakdownGroups.LowAndMiddleIncome,
        };

        var groupCodes = joint[group].Groups.Select(g => g.Code).ToList();
        return [.. joint[band].Groups.Select((b, row) => new RowLink(
            band,
            row,
            group,
            [.. groupCodes.Select((code, r) => (code, r)).Where(x => BandOf(x.code) == b.Code).Select(x => x.r)]))];
    }

    private static (int Counted, int NotCounted) Totals(IReadOnlyList<GroupValue> groups) =>
        (groups.Sum(g => g.Value.Numerator), groups.Sum(g => g.Value.Denominator - g.Value.Numerator));

    private static int[,] Counts(IReadOnlyList<GroupValue> groups)
    {
        var counts = new int[groups.Count, 2];
        for (var r = 0; r < groups.Count; r++)
        {
            counts[r, 0] = groups[r].Value.Numerator;
            counts[r, 1] = groups[r].Value.Denominator - groups[r].Value.Numerator;
        }

        return counts;
    }

    private static DisclosedGroupValue Published(GroupValue group) => new(
        group.Code,
        group.Name,
        new DisclosedCount(group.Value.Numerator, Suppression.None),
        new DisclosedCount(group.Value.Denominator - group.Value.Numerator, Suppression.None),
        new DisclosedCount(group.Value.Denominator, Suppression.None),
        new DisclosedValue(group.Value.Value, Suppression.None));

    private static DisclosedGroupValue Hidden(GroupValue group, Suppression why) => new(
        group.Code,
        group.Name,
        new DisclosedCount(null, why),
        new DisclosedCount(null, why),
        new DisclosedCount(null, why),
        new DisclosedValue(null, why));

    private static DisclosedGroupValue Disclosed(GroupValue group, DisclosedCount counted, DisclosedCount notCounted, DisclosedCount denominator)
    {
        var parts = new[] { counted.Suppression, notCounted.Suppression, denominator.Suppression };
        var why = parts.Contains(Suppression.Primary) ? Suppression.Primary
            : counted.IsPublished && denominator.IsPublished ? Suppression.None
            : Suppression.Complementary;
        return new DisclosedGroupValue(group.Code, group.Name, counted, notCounted, denominator, new DisclosedValue(why == Suppression.None ? group.Value.Value : null, why));
    }
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
