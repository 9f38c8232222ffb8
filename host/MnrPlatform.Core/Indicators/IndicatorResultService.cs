using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Indicators;

/// <summary>Reads a round's respondents (the host passes <c>RoundRespondentReader.ReadAsync</c>).</summary>
/// <param name="roundCode">The round.</param>
/// <param name="includeUnvalidated">Whether drafts are included (the secretariat's preview).</param>
/// <param name="cancellationToken">Cancels the read.</param>
public delegate Task<IReadOnlyList<Respondent>> RespondentLoader(string roundCode, bool includeUnvalidated, CancellationToken cancellationToken);

/// <summary>A round as a request names it.</summary>
/// <param name="RoundCode">The round.</param>
/// <param name="Stamp">The round's current stamp, read from the database (see <see cref="IndicatorResultCache"/>).</param>
/// <param name="IncludeUnvalidated">Whether drafts are included (the secretariat's preview).</param>
public sealed record RoundRequest(string RoundCode, string Stamp, bool IncludeUnvalidated = false);

/// <summary>One round of a disclosed time series.</summary>
/// <param name="RoundCode">The round.</param>
/// <param name="Indicator">The indicator in that round as the viewer may see it.</param>
public sealed record DisclosedRoundResult(string RoundCode, DisclosedIndicator Indicator);

/// <summary>
/// Indicator results for pages and reports: the <see cref="IndicatorEngine"/> behind an
/// <see cref="IndicatorResultCache"/>. A request reads what is cached under the round's stamp; only
/// when something is missing are the round's respondents loaded (once), indexed and the missing
/// results computed. Two requests that miss at once both compute (no lock is held while computing);
/// the results are the same.
/// </summary>
public sealed class IndicatorResultService(IndicatorEngine engine, IndicatorResultCache cache, RespondentLoader load)
{
    /// <summary>
    /// Every indicator (the catalog's, or <paramref name="indicators"/>) by every breakdown it allows
    /// (of <paramref name="breakdowns"/>, when given), unprotected: for the secretariat, or as input to
    /// a disclosure. Indicator by indicator in the order given, breakdowns in
    /// <see cref="IndicatorEngine.RoundBreakdowns"/> order.
    /// </summary>
    public async Task<IReadOnlyList<BreakdownResult>> GetAsync(
        RoundRequest round,
        IEnumerable<Owned<IndicatorInfo>>? indicators = null,
        IEnumerable<Breakdown>? breakdowns = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(round);
        var wanted = breakdowns is null ? IndicatorEngine.RoundBreakdowns : [.. IndicatorEngine.RoundBreakdowns.Intersect(breakdowns)];
        var slots = (indicators ?? engine.Indicators)
            .SelectMany(i => wanted.Where(b => IndicatorEngine.Allows(i.Item, b)).Select(b => (Indicator: i, Breakdown: b)))
            .Select(x => (x.Indicator, x.Breakdown, Key: new IndicatorResultKey(round.RoundCode, x.Indicator.Item.Id, x.Breakdown, round.IncludeUnvalidated)))
            .ToList();
        var results = new BreakdownResult?[slots.Count];
        for (var i = 0; i < slots.Count; i++)
        {
            results[i] = cache.TryGet(slots[i].Key, round.Stamp, out var cached) ? cached : null;
        }

        if (results.Contains(null))
        {
            var index = IndexedRound.Build(await load(round.RoundCode, round.IncludeUnvalidated, cancellationToken).ConfigureAwait(false));
            for (var i = 0; i < slots.Count; i++)
            {
                if (results[i] is null)
                {
                    results[i] = engine.Evaluate(slots[i].Indicator, index, slots[i].Breakdown);
                    cache.Set(slots[i].Key, round.Stamp, results[i]!);
                }
            }
        }

        return [.. results.Select(r => r!)];
    }

    /// <summary>
    /// Every indicator (the catalog's, or <paramref name="indicators"/>) by every breakdown it allows,
    /// as a viewer under <paramref name="rule"/> may see it (see <see cref="IndicatorDisclosure"/>).
    /// On a miss the round is loaded and every member of the missing indicators' families is
    /// disclosed and cached: a family is protected as one.
    /// </summary>
    public async Task<IReadOnlyList<DisclosedIndicator>> GetDisclosedAsync(
        DisclosureRule rule,
        RoundRequest round,
        IEnumerable<Owned<IndicatorInfo>>? indicators = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(round);
        var wanted = (indicators ?? engine.Indicators).ToList();
        var keys = wanted.Select(i => new DisclosedResultKey(round.RoundCode, i.Item.Id, rule.MinimumCellSize, round.IncludeUnvalidated)).ToList();
        var results = new DisclosedIndicator?[wanted.Count];
        for (var i = 0; i < wanted.Count; i++)
        {
            results[i] = cache.TryGetDisclosed(keys[i], round.Stamp, out var cached) ? cached : null;
        }

        var missing = Enumerable.Range(0, wanted.Count).Where(i => results[i] is null).ToList();
        if (missing.Count > 0)
        {
            var index = IndexedRound.Build(await load(round.RoundCode, round.IncludeUnvalidated, cancellationToken).ConfigureAwait(false));
            var disclosed = engine.DiscloseFamilies(rule, index, [.. missing.Select(i => wanted[i])]);
            foreach (var (id, result) in disclosed)
            {
                cache.SetDisclosed(new DisclosedResultKey(round.RoundCode, id, rule.MinimumCellSize, round.IncludeUnvalidated), round.Stamp, result);
            }

            foreach (var i in missing)
            {
                results[i] = disclosed[wanted[i].Item.Id];
            }
        }

        return [.. results.Select(r => r!)];
    }

    /// <summary>
    /// Every indicator (the catalog's, or <paramref name="indicators"/>) by each of
    /// <paramref name="breakdowns"/> it allows, as an audience under <paramref name="rule"/> may see
    /// it: unsuppressed when the rule suppresses nothing, otherwise disclosed (see
    /// <see cref="GetDisclosedAsync"/>). Indicator by indicator, breakdowns in
    /// <see cref="IndicatorEngine.RoundBreakdowns"/> order.
    /// </summary>
    public async Task<IReadOnlyList<ShownResult>> GetShownAsync(
        DisclosureRule rule,
        RoundRequest round,
        IEnumerable<Owned<IndicatorInfo>>? indicators,
        IReadOnlyCollection<Breakdown> breakdowns,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(breakdowns);
        if (!rule.Suppresses)
        {
            return [.. (await GetAsync(round, indicators, breakdowns, cancellationToken).ConfigureAwait(false)).Select(ShownResult.From)];
        }

        // That nobody at all answered an indicator identifies no country, and a page should say "no
        // answers" rather than "suppressed": an all-countries cell with N = 0 is shown as empty.
        var wanted = indicators?.ToList();
        var unanswered = (await GetAsync(round, wanted, [Breakdown.All], cancellationToken).ConfigureAwait(false))
            .Where(r => r.Groups is not { Count: > 0 } groups || groups[0].Value.Denominator == 0)
            .Select(r => r.Indicator.Item.Id)
            .ToHashSet(StringComparer.Ordinal);
        var order = IndicatorEngine.RoundBreakdowns.Where(breakdowns.Contains).ToList();
        return [.. (await GetDisclosedAsync(rule, round, wanted, cancellationToken).ConfigureAwait(false))
            .SelectMany(d => order.Where(b => IndicatorEngine.Allows(d.Indicator.Item, b))
                .Select(b => b == Breakdown.All && unanswered.Contains(d.Indicator.Item.Id) ? new ShownResult(d.Indicator, b, [], d.Fault) : ShownResult.From(d, b)))];
    }

    /// <summary>The time series of <paramref name="indicator"/> by <paramref name="breakdown"/>: one result per round, in the order given.</summary>
    public async Task<IReadOnlyList<RoundResult>> GetSeriesAsync(
        Owned<IndicatorInfo> indicator,
        Breakdown breakdown,
        IEnumerable<RoundRequest> rounds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var series = new List<RoundResult>();
        foreach (var round in rounds)
        {
            var results = await GetAsync(round, [indicator], [breakdown], cancellationToken).ConfigureAwait(false);
            series.Add(new RoundResult(round.RoundCode, results.Count == 1 ? results[0] : new BreakdownResult(indicator, breakdown, [], null)));
        }

        return series;
    }

    /// <summary>The time series of <paramref name="indicator"/> as a viewer under <paramref name="rule"/> may see it: each round protected on its own.</summary>
    public async Task<IReadOnlyList<DisclosedRoundResult>> GetDisclosedSeriesAsync(
        DisclosureRule rule,
        Owned<IndicatorInfo> indicator,
        IEnumerable<RoundRequest> rounds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var series = new List<DisclosedRoundResult>();
        foreach (var round in rounds)
        {
            var results = await GetDisclosedAsync(rule, round, [indicator], cancellationToken).ConfigureAwait(false);
            series.Add(new DisclosedRoundResult(round.RoundCode, results[0]));
        }

        return series;
    }
}
