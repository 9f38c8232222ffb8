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

/// <summary>
/// Builds the <see cref="OverviewSnapshot"/> of a round from its validated answers, through the
/// indicator result cache (stamped with the round's results version, so a validation shows at once).
/// </summary>
internal sealed class OverviewSnapshotLoader(IndicatorResultService results, RoundStamps stamps, IndicatorEngine engine)
{
    private static readonly Breakdown[] Breakdowns = [Breakdown.All, Breakdown.IncomeBand];

    /// <summary>
    /// The snapshot of <paramref name="roundCode"/>, or, without one, of the newest round that has
    /// Figure 1 rows (a self-assessment round has none); null when there is no such round.
    /// </summary>
    public async Task<OverviewSnapshot?> LoadAsync(IReadOnlyList<RoundSummary> rounds, string? roundCode, CancellationToken cancellationToken)
    {
        foreach (var round in rounds.Where(r => roundCode is null || r.Code == roundCode))
        {
            var request = await stamps.RequestAsync(round.Code, includeUnvalidated: false, cancellationToken);
            var evaluated = await results.GetAsync(request, engine.SnapshotIndicators, Breakdowns, cancellationToken);
            var rows = IndicatorEngine.SnapshotRows(evaluated);
            if (rows.Count == 0 && roundCode is null)
            {
                continue;
            }

            var byBand = evaluated.Where(r => r.Breakdown == Breakdown.IncomeBand && r.Groups is not null)
                .ToDictionary(r => r.Indicator.Item.Id, r => r.Groups!, StringComparer.Ordinal);
            IReadOnlyList<(string Label, IReadOnlyList<GroupValue> Groups)> byIncome =
                [.. rows.Where(r => byBand.ContainsKey(r.Indicator.Item.Id)).Select(r => (r.Label, byBand[r.Indicator.Item.Id]))];
            return new OverviewSnapshot(round, rows, ShareFigures.StackedShares(rows).ToJson(), byIncome, ShareFigures.SharesByGroup(byIncome).ToJson());
        }

        return null;
    }
}
