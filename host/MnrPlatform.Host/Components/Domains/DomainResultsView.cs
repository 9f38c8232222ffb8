using Microsoft.Extensions.Localization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Charts;
using MnrPlatform.Host.Resources;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Domains;

/// <summary>
/// What a domain page shows for the round, breakdown and tab in its address, as the viewer may see it:
/// the Charts tab or the Indicators tab.
/// </summary>
/// <param name="Rounds">The rounds the viewer may pick.</param>
/// <param name="Round">The round shown.</param>
/// <param name="UnknownRoundCode">The round asked for when the viewer may not see it (the page says so); null otherwise.</param>
/// <param name="Breakdowns">The breakdowns offered and the one shown.</param>
/// <param name="Tab">The tab shown.</param>
/// <param name="Charts">The Charts tab; null on the Indicators tab.</param>
/// <param name="Indicators">The Indicators tab; null on the Charts tab.</param>
public sealed record DomainResultsView(
    IReadOnlyList<RoundSummary> Rounds,
    RoundSummary Round,
    string? UnknownRoundCode,
    DomainBreakdownChoice Breakdowns,
    string Tab,
    DomainChartsView? Charts,
    DomainIndicatorsView? Indicators)
{
    /// <summary>
    /// The view of <paramref name="domain"/> for the query's round, breakdown and tab; without a round asked for (or one the
    /// viewer may not see), the newest round in which someone answered the domain's indicators. Null when there is no round.
    /// </summary>
    internal static async Task<DomainResultsView?> LoadAsync(
        ViewerResults results, DashboardCharts charts, VisualizationCharts visualizations, FrameworkCatalog catalog, CatalogDomain domain, DomainQuery query, IStringLocalizer<DomainText> words, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(query);
        var domainIndicators = catalog.Indicators.Where(i => i.DomainCode == domain.Content.Domain.Code).ToList();
        var rounds = await results.RoundsAsync(cancellationToken);
        var round = rounds.FirstOrDefault(r => r.Code == query.Round)
            ?? await NewestAnsweredAsync(results, rounds, domainIndicators, cancellationToken)
            ?? (rounds.Count > 0 ? rounds[0] : null);
        if (round is null)
        {
            return null;
        }

        var unknown = query.Round is not null && rounds.All(r => r.Code != query.Round) ? query.Round : null;
        var breakdowns = DomainBreakdownChoice.For(domainIndicators.Select(i => i.Item), query.Breakdown, words);
        var tab = DomainAddress.Tab(query.Tab);
        if (tab == DomainAddress.IndicatorsTab)
        {
            var shown = await results.GetAsync(round.Code, domainIndicators, [Breakdown.All, breakdowns.Chosen], cancellationToken);
            return new(rounds, round, unknown, breakdowns, tab, null, DomainIndicatorsView.From(domain, shown, breakdowns.Chosen));
        }

        return new(rounds, round, unknown, breakdowns, tab, await DomainChartsView.BuildAsync(charts, visualizations, results, domain, round, breakdowns.Chosen, cancellationToken), null);
    }

    // The newest round in which someone answered the domain's indicators.
    private static async Task<RoundSummary?> NewestAnsweredAsync(
        ViewerResults results, IReadOnlyList<RoundSummary> rounds, IReadOnlyList<Owned<IndicatorInfo>> domainIndicators, CancellationToken cancellationToken)
    {
        foreach (var candidate in rounds)
        {
            var shown = await results.GetAsync(candidate.Code, domainIndicators, [Breakdown.All], cancellationToken);
            if (shown.Any(r => r.Overall is { Denominator: > 0 } or { Suppression: not Core.Disclosure.Suppression.None }))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>The query of a domain page's address.</summary>
/// <param name="Round">The <c>round</c> asked for.</param>
/// <param name="Breakdown">The <c>breakdown</c> asked for.</param>
/// <param name="Tab">The <c>tab</c> asked for.</param>
internal sealed record DomainQuery(string? Round, string? Breakdown, string? Tab);
