using MnrPlatform.Core.Charts;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Components.Overview;

/// <summary>What the overview shows of a round: the capability snapshot, overall and by income band.</summary>
/// <param name="Round">The round.</param>
/// <param name="Rows">The Figure 1 rows, highest share first.</param>
/// <param name="FigureJson">The rows as plotly figure JSON.</param>
/// <param name="ByIncome">Each row by income band.</param>
/// <param name="ByIncomeJson">The rows by income band as plotly figure JSON.</param>
internal sealed record OverviewSnapshot(
    RoundSummary Round,
    IReadOnlyList<IndicatorResult> Rows,
    string FigureJson,
    IReadOnlyList<(string Label, IReadOnlyList<GroupValue> Groups)> ByIncome,
    string ByIncomeJson);

/// <summary>Builds the <see cref="OverviewSnapshot"/> of a round from its validated answers.</summary>
internal sealed class OverviewSnapshotLoader(RoundRespondentReader respondents, IndicatorEngine engine)
{
    /// <summary>
    /// The snapshot of <paramref name="roundCode"/>, or, without one, of the newest round that has
    /// Figure 1 rows (a self-assessment round has none); null when there is no such round.
    /// </summary>
    public async Task<OverviewSnapshot?> LoadAsync(IReadOnlyList<RoundSummary> rounds, string? roundCode, CancellationToken cancellationToken)
    {
        foreach (var round in rounds.Where(r => roundCode is null || r.Code == roundCode))
        {
            // Indexed once: the snapshot and its income-band rows are evaluated on the same index.
            var indexed = IndexedRound.Build(await respondents.ReadAsync(round.Code, includeUnvalidated: false, cancellationToken));
            var rows = engine.Snapshot(indexed);
            if (rows.Count == 0 && roundCode is null)
            {
                continue;
            }

            IReadOnlyList<(string Label, IReadOnlyList<GroupValue> Groups)> byIncome =
            [
                .. rows.Select(r => (r.Label, engine.Evaluate(r.Indicator, indexed, Breakdown.IncomeBand).Groups))
                    .Where(x => x.Groups is not null)
                    .Select(x => (x.Label, x.Groups!)),
            ];
            return new OverviewSnapshot(round, rows, ShareFigures.StackedShares(rows).ToJson(), byIncome, ShareFigures.SharesByGroup(byIncome).ToJson());
        }

        return null;
    }
}
