using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Indicators;

namespace MnrPlatform.Data.Surveys;

/// <summary>
/// The stamps cached indicator results are kept under (see <see cref="IndicatorResultCache"/>). A
/// round's stamp changes when its validated answers change (<see cref="Entities.SurveyRound.ResultsVersion"/>)
/// and when reference data is re-imported (income groups and regions feed the breakdowns). Read from
/// the store, so every host instance sharing it sees a change at once.
/// </summary>
public sealed class RoundStamps(MnrDbContext db)
{
    /// <summary>The round's current stamp.</summary>
    /// <exception cref="KeyNotFoundException">There is no such round.</exception>
    public async Task<RoundRequest> RequestAsync(string roundCode, bool includeUnvalidated, CancellationToken cancellationToken)
    {
        var round = await db.SurveyRounds.AsNoTracking().Where(r => r.Code == roundCode)
            .Select(r => new { r.Id, r.ResultsVersion })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round {roundCode}.");
        var reference = await db.ReferenceDataImports.AsNoTracking().MaxAsync(i => (int?)i.Id, cancellationToken) ?? 0;
        // Drafts change without moving the version: a preview including them is stamped by the latest change.
        var drafts = includeUnvalidated
            ? (await db.Submissions.AsNoTracking().Where(s => s.RoundId == round.Id).Select(s => s.UpdatedAt).ToListAsync(cancellationToken))
                .DefaultIfEmpty().Max().UtcTicks.ToString(CultureInfo.InvariantCulture)
            : "";
        return new RoundRequest(roundCode, FormattableString.Invariant($"{round.Id}.{round.ResultsVersion}.{reference}.{drafts}"), includeUnvalidated);
    }

    /// <summary>
    /// One stamp over every round: it changes when any round's validated answers or status change
    /// (both move <see cref="Entities.SurveyRound.ResultsVersion"/>), when a round is added or renamed,
    /// and when reference data is re-imported. Pages that show several rounds' results are cached under it.
    /// </summary>
    public async Task<string> AllRoundsAsync(CancellationToken cancellationToken)
    {
        var rounds = await db.SurveyRounds.AsNoTracking()
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.ResultsVersion, r.Status, r.Name })
            .ToListAsync(cancellationToken);
        var reference = await db.ReferenceDataImports.AsNoTracking().MaxAsync(i => (int?)i.Id, cancellationToken) ?? 0;
        var hash = new HashCode();
        foreach (var round in rounds)
        {
            hash.Add(round.Id);
            hash.Add(round.ResultsVersion);
            hash.Add(round.Status);
            hash.Add(round.Name, StringComparer.Ordinal);
        }

        return FormattableString.Invariant($"{rounds.Count}.{reference}.{hash.ToHashCode():x8}");
    }
}
