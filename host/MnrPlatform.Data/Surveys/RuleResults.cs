using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Data.Surveys;

/// <summary>
/// Indicator results of one round under one disclosure rule, as pages (<see cref="ViewerResults"/>,
/// the rule of the signed-in viewer) and reports (the rule of the report's audience) show them.
/// </summary>
public static class RuleResults
{
    /// <summary>
    /// Every indicator (the catalog's, or <paramref name="indicators"/>) by each of
    /// <paramref name="breakdowns"/> it allows, under <paramref name="rule"/>: indicator by indicator in
    /// the order given, breakdowns in <see cref="IndicatorEngine.RoundBreakdowns"/> order.
    /// </summary>
    public static async Task<IReadOnlyList<ShownResult>> GetAsync(
        IndicatorResultService results,
        DisclosureRule rule,
        RoundRequest request,
        IEnumerable<Owned<IndicatorInfo>>? indicators,
        IReadOnlyCollection<Breakdown> breakdowns,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(breakdowns);
        if (!rule.Suppresses)
        {
            return [.. (await results.GetAsync(request, indicators, breakdowns, cancellationToken)).Select(ShownResult.From)];
        }

        // That nobody at all answered an indicator identifies no country, and a page should say "no
        // answers" rather than "suppressed": an all-countries cell with N = 0 is shown as empty.
        var wanted = indicators?.ToList();
        var unanswered = (await results.GetAsync(request, wanted, [Breakdown.All], cancellationToken))
            .Where(r => r.Groups is not { Count: > 0 } groups || groups[0].Value.Denominator == 0)
            .Select(r => r.Indicator.Item.Id)
            .ToHashSet(StringComparer.Ordinal);
        var order = IndicatorEngine.RoundBreakdowns.Where(breakdowns.Contains).ToList();
        return [.. (await results.GetDisclosedAsync(rule, request, wanted, cancellationToken))
            .SelectMany(d => order.Where(b => IndicatorEngine.Allows(d.Indicator.Item, b))
                .Select(b => b == Breakdown.All && unanswered.Contains(d.Indicator.Item.Id) ? new ShownResult(d.Indicator, b, [], d.Fault) : ShownResult.From(d, b)))];
    }
}
