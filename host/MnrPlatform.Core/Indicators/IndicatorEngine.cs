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
    /// as a viewer under <paramref name="rule"/> may see it, in the order given. Each indicator is
    /// protected with its family: every indicator of the catalog (and of <paramref name="indicators"/>)
    /// over the same denominator rule, by every breakdown they allow (see <see cref="IndicatorDisclosure"/>),
    /// so an indicator is protected alike whatever else a page shows.
    /// </summary>
    public IReadOnlyList<DisclosedIndicator> EvaluateRoundFor(DisclosureRule rule, IndexedRound round, IEnumerable<Owned<IndicatorInfo>>? indicators = null)
    {
        var requested = (indicators ?? catalog.Indicators).ToList();
        var disclosed = DiscloseFamilies(rule, round, requested);
        return [.. requested.Select(i => disclosed[i.Item.Id])];
    }

    /// <summary>
    /// The families of <paramref name="indicators"/>, disclosed: every member of each family, keyed by
    /// indicator id (more than asked for; the service caches them all).
    /// </summary>
    internal Dictionary<string, DisclosedIndicator> DiscloseFamilies(DisclosureRule rule, IndexedRound round, IReadOnlyList<Owned<IndicatorInfo>> indicators)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(round);
        var pool = catalog.Indicators.Concat(indicators).DistinctBy(i => i.Item.Id, StringComparer.Ordinal).ToList();
        var disclosed = new Dictionary<string, DisclosedIndicator>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!disclosed.ContainsKey(indicator.Item.Id))
            {
                var family = pool.Where(i => i.Item.Denominator.Equals(indicator.Item.Denominator)).ToList();
                foreach (var result in DiscloseFamily(rule, round, family))
                {
                    disclosed[result.Indicator.Item.Id] = result;
                }
            }
        }

        return disclosed;
    }

    /// <summary>
    /// One family disclosed: the denominator once, each numerator among its members, each through the
    /// guard; an indicator whose plugin code fails gets its fault and leaves the family.
    /// </summary>
    private IEnumerable<DisclosedIndicator> DiscloseFamily(DisclosureRule rule, IndexedRound round, List<Owned<IndicatorInfo>> family)
    {
        var first = family[0];
        var denominator = guard.Run(first.PluginId, $"computing the denominator of indicator {first.Item.Id}", () => round.Accepting(first.Item.Denominator, round.Everyone));
        if (!denominator.Succeeded)
        {
            return family.Select(i => new DisclosedIndicator(i, rule, [], denominator.Fault));
        }

        var failed = new List<DisclosedIndicator>();
        var members = new List<(Owned<IndicatorInfo> Indicator, ulong[] Numerator)>();
        foreach (var indicator in family)
        {
            var numerator = guard.Run(indicator.PluginId, $"computing indicator {indicator.Item.Id}", () => round.Accepting(indicator.Item.Numerator, denominator.Value!));
            if (numerator.Succeeded)
            {
                members.Add((indicator, numerator.Value!));
            }
            else
            {
                failed.Add(new DisclosedIndicator(indicator, rule, [], numerator.Fault));
            }
        }

        return members.Chunk(FamilyCounts.MaxIndicators)
            .SelectMany(chunk => IndicatorDisclosure.Apply(rule, round.CountFamily(
                [.. chunk.Select(m => m.Indicator)],
                denominator.Value!,
                [.. chunk.Select(m => m.Numerator)],
                RoundBreakdowns.Where(b => chunk.Any(m => Allows(m.Indicator.Item, b))))))
            .Concat(failed);
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
    public IReadOnlyList<IndicatorResult> Snapshot(IndexedRound round) =>
        SnapshotRows(SnapshotIndicators.Select(i => Evaluate(i, round, Breakdown.All)));

    /// <summary>The indicators of the capability snapshot: one per capability "in place?" question (<see cref="FrameworkCatalog.InPlaceSuffix"/>).</summary>
    public IEnumerable<Owned<IndicatorInfo>> SnapshotIndicators =>
        catalog.Indicators.Where(i => i.Item.Id.EndsWith(FrameworkCatalog.InPlaceSuffix, StringComparison.Ordinal));

    /// <summary>
    /// The snapshot's rows from the <see cref="Breakdown.All"/> results of <see cref="SnapshotIndicators"/>:
    /// those with a denominator, highest share first, ties by name.
    /// </summary>
    public static IReadOnlyList<IndicatorResult> SnapshotRows(IEnumerable<BreakdownResult> all) =>
        [.. all
            .Where(r => r.Breakdown == Breakdown.All && r.Groups is [{ Value.Denominator: > 0 }])
            .Select(r => new IndicatorResult(r.Indicator, r.Groups![0].Value))
            .OrderByDescending(r => r.Value.Value)
            .ThenBy(r => r.Indicator.Item.Name.English, StringComparer.Ordinal)];
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
