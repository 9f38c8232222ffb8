using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Host.Components.Charts;

namespace MnrPlatform.Host.Components.Overview;

/// <summary>
/// What the overview shows of one round, as the viewer may see it: Figure 1 (the capability
/// snapshot), its income split and the per-domain headlines.
/// </summary>
/// <param name="Rounds">The rounds the viewer may pick.</param>
/// <param name="Round">The round shown.</param>
/// <param name="UnknownRoundCode">The round asked for when the viewer may not see it (the page says so); null otherwise.</param>
/// <param name="Snapshot">Figure 1 of the round.</param>
/// <param name="ByIncome">Figure 1 split by income band; null when the round has none.</param>
/// <param name="Headlines">One headline per domain with answers.</param>
public sealed record OverviewRound(
    IReadOnlyList<RoundSummary> Rounds,
    RoundSummary Round,
    string? UnknownRoundCode,
    ChartView Snapshot,
    ChartView? ByIncome,
    IReadOnlyList<DomainHeadline> Headlines)
{
    /// <summary>
    /// The round <paramref name="asked"/> for; without one (or one the viewer may not see), the newest
    /// round with a snapshot (a self-assessment has none), else the newest. Null when there is no round.
    /// </summary>
    internal static async Task<OverviewRound?> LoadAsync(ViewerResults results, DashboardCharts charts, FrameworkCatalog catalog, string? asked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(catalog);
        var rounds = await results.RoundsAsync(cancellationToken);
        var round = rounds.FirstOrDefault(r => r.Code == asked);
        ChartView? snapshot = null;
        foreach (var candidate in round is null ? rounds : [])
        {
            if (await charts.BuildAsync(new ChartRequest(DashboardCharts.SnapshotId, candidate.Code), cancellationToken) is { HasData: true } view)
            {
                (round, snapshot) = (candidate, view);
                break;
            }
        }

        round ??= rounds.Count > 0 ? rounds[0] : null;
        if (round is null)
        {
            return null;
        }

        snapshot ??= await charts.BuildAsync(new ChartRequest(DashboardCharts.SnapshotId, round.Code), cancellationToken);
        var byIncome = await charts.BuildAsync(new ChartRequest(DashboardCharts.SnapshotByIncomeId, round.Code), cancellationToken);
        var headlines = DomainHeadline.From(catalog, await results.GetAsync(round.Code, DomainHeadline.Candidates(catalog), [Breakdown.All], cancellationToken));
        var unknown = asked is not null && rounds.All(r => r.Code != asked) ? asked : null;
        return new OverviewRound(rounds, round, unknown, snapshot!, byIncome is { HasData: true } ? byIncome : null, headlines);
    }
}
