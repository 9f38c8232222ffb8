using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Indicators;

/// <summary>
/// Evaluates the catalog's indicators over a round's respondents, each through the
/// <see cref="PluginCallGuard"/>: an indicator whose plugin code throws gets no value, the others
/// are unaffected.
/// <para>
/// At scale, index the round once (<see cref="IndexedRound.Build"/>) and evaluate every indicator
/// by every breakdown over the index (<see cref="EvaluateRound"/>): declarative rules become bit
/// arrays shared across indicators, a breakdown is two population counts per group. The results
/// equal <see cref="IndicatorEvaluator"/>'s, the reference. <see cref="IndicatorResultService"/>
/// adds caching; <see cref="EvaluateRoundFor"/> and the service apply the viewer's disclosure rule.
/// </para>
/// </summary>
public sealed class IndicatorEngine(FrameworkCatalog catalog, PluginCallGuard guard)
{
    /// <summary>The indicator id suffix that marks a row of the review's Figure 1 (see the domain plugins).</summary>
    public const string InPlaceSuffix = ".in-place";

    /// <summary>Every breakdown within a round, in the order results list them.</summary>
    public static IReadOnlyList<Breakdown> RoundBreakdowns { get; } =
        [Breakdown.All, Breakdown.IncomeGroup, Breakdown.IncomeBand, Breakdown.Region, Breakdown.Instrument];

    /// <summary>The catalog's indicators.</summary>
    public IEnumerable<Owned<IndicatorInfo>> Indicators => catalog.Indicators;

    /// <summary>
    /// Whether <paramref name="indicator"/> may be shown by <paramref name="breakdown"/>: all
    /// countries always; income group and band when it allows <see cref="Breakdowns.IncomeGroup"/>;
    /// region and instrument by their flags.
    /// </summary>
    public static bool Allows(IndicatorInfo indicator, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return breakdown switch
        {
            Breakdown.All => true,
            Breakdown.IncomeGroup or Breakdown.IncomeBand => indicator.Breakdowns.HasFlag(Breakdowns.IncomeGroup),
            Breakdown.Region => indicator.Breakdowns.HasFlag(Breakdowns.Region),
            Breakdown.Instrument => indicator.Breakdowns.HasFlag(Breakdowns.Instrument),
            _ => false,
        };
    }

    /// <summary>The breakdowns of <see cref="RoundBreakdowns"/> that <paramref name="indicator"/> allows.</summary>
    public static IReadOnlyList<Breakdown> BreakdownsOf(IndicatorInfo indicator) => [.. RoundBreakdowns.Where(b => Allows(indicator, b))];

    /// <summary>One indicator by <paramref name="breakdown"/>; null when its plugin code failed.</summary>
    public IReadOnlyList<GroupValue>? Evaluate(Owned<IndicatorInfo> indicator, IReadOnlyList<Respondent> respondents, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var result = guard.Run(indicator.PluginId, $"computing indicator {indicator.Item.Id}", () => IndicatorEvaluator.EvaluateBy(indicator.Item, respondents, breakdown));
        return result.Value;
    }

    /// <summary>One indicator by <paramref name="breakdown"/> over an indexed round, with the fault when its plugin code failed.</summary>
    public BreakdownResult Evaluate(Owned<IndicatorInfo> indicator, IndexedRound round, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(round);
        var result = guard.Run(indicator.PluginId, $"computing indicator {indicator.Item.Id}", () => round.EvaluateBy(indicator.Item, breakdown));
        return new BreakdownResult(indicator, breakdown, result.Value, result.Fault);
    }

    /// <summary>
    /// Every indicator (the catalog's, or <paramref name="indicators"/>) by every breakdown it allows
    /// (or those of <paramref name="breakdowns"/> it allows), indicator by indicator in the order
    /// given, breakdowns in <see cref="RoundBreakdowns"/> order.
    /// </summary>
    public IReadOnlyList<BreakdownResult> EvaluateRound(IndexedRound round, IEnumerable<Owned<IndicatorInfo>>? indicators = null, IEnumerable<Breakdown>? breakdowns = null)
    {
        ArgumentNullException.ThrowIfNull(round);
        var wanted = breakdowns is null ? RoundBreakdowns : [.. RoundBreakdowns.Intersect(breakdowns)];
        return [.. (indicators ?? catalog.Indicators)
            .SelectMany(i => wanted.Where(b => Allows(i.Item, b)).Select(b => Evaluate(i, round, b)))];
    }

    /// <summary>
    /// Every indicator (the catalog's, or <paramref name="indicators"/>) by every breakdown it allows,
    /// as a viewer under <paramref name="rule"/> may see it: the breakdowns of one indicator are
    /// protected together (see <see cref="IndicatorDisclosure"/>).
    /// </summary>
    public IReadOnlyList<DisclosedIndicator> EvaluateRoundFor(DisclosureRule rule, IndexedRound round, IEnumerable<Owned<IndicatorInfo>>? indicators = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return [.. EvaluateRound(round, indicators)
            .GroupBy(r => r.Indicator.Item.Id, StringComparer.Ordinal)
            .Select(g => IndicatorDisclosure.Apply(rule, g.First().Indicator, [.. g]))];
    }

    /// <summary>
    /// The time series of <paramref name="indicator"/> by <paramref name="breakdown"/>: one result per
    /// round given, in the order given.
    /// </summary>
    public IReadOnlyList<RoundResult> TimeSeries(Owned<IndicatorInfo> indicator, IEnumerable<(string RoundCode, IndexedRound Round)> rounds, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        return [.. rounds.Select(r => new RoundResult(r.RoundCode, Evaluate(indicator, r.Round, breakdown)))];
    }

    /// <summary>
    /// The capability snapshot like the review's Figure 1: every "in place" indicator over all
    /// respondents, highest share first (ties by name); indicators nobody answered or whose plugin
    /// code failed are left out.
    /// </summary>
    public IReadOnlyList<IndicatorResult> Snapshot(IReadOnlyList<Respondent> respondents)
    {
        var round = IndexedRound.Build(respondents);
        return [.. catalog.Indicators
            .Where(i => i.Item.Id.EndsWith(InPlaceSuffix, StringComparison.Ordinal))
            .Select(i => (Indicator: i, Values: Evaluate(i, round, Breakdown.All).Groups))
            .Where(x => x.Values is [{ Value.Denominator: > 0 }])
            .Select(x => new IndicatorResult(x.Indicator, x.Values![0].Value))
            .OrderByDescending(r => r.Value.Value)
            .ThenBy(r => r.Indicator.Item.Name.English, StringComparer.Ordinal)];
    }
}

/// <summary>An indicator with its value over a set of countries.</summary>
/// <param name="Indicator">The indicator and the plugin that supplies it.</param>
/// <param name="Value">n, N and the value.</param>
public sealed record IndicatorResult(Owned<IndicatorInfo> Indicator, IndicatorValue Value)
{
    /// <summary>The indicator's name, e.g. "Leadership".</summary>
    public string Label => Indicator.Item.Name.English;
}

/// <summary>One indicator by one breakdown over one round: n, N and the value per group, or why there are none.</summary>
/// <param name="Indicator">The indicator and the plugin that supplies it.</param>
/// <param name="Breakdown">The breakdown.</param>
/// <param name="Groups">The groups that have respondents, in display order; null when the plugin code failed.</param>
/// <param name="Fault">Why the plugin code failed; null when it did not.</param>
public sealed record BreakdownResult(Owned<IndicatorInfo> Indicator, Breakdown Breakdown, IReadOnlyList<GroupValue>? Groups, PluginFault? Fault)
{
    /// <summary>True when the indicator was computed.</summary>
    public bool Succeeded => Fault is null && Groups is not null;
}

/// <summary>One round of a time series.</summary>
/// <param name="RoundCode">The round.</param>
/// <param name="Result">The indicator by the breakdown in that round.</param>
public sealed record RoundResult(string RoundCode, BreakdownResult Result);
