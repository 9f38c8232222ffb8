using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>A round as the surveys page lists it.</summary>
/// <param name="Round">The round.</param>
/// <param name="Instruments">Its instruments, in code order.</param>
/// <param name="Counts">How many of the submissions the reader may see are in each status (statuses without any are absent).</param>
public sealed record RoundOverview(RoundSummary Round, IReadOnlyList<InstrumentView> Instruments, IReadOnlyDictionary<SubmissionStatus, int> Counts)
{
    /// <summary>The submissions counted, in every status.</summary>
    public int Total => Counts.Values.Sum();

    /// <summary>The submissions in <paramref name="status"/>.</summary>
    public int Count(SubmissionStatus status) => Counts.GetValueOrDefault(status);
}

/// <summary>
/// The rounds with their instruments and how many submissions are in each status: every country's
/// for the secretariat, the own country's for a focal point (counts only, never answers).
/// </summary>
public sealed class RoundOverviewReader(MnrDbContext db, RoundDirectory rounds, SubmissionReader submissions)
{
    /// <summary>Every round the scope may know of (drafts for the secretariat only), newest first.</summary>
    public async Task<IReadOnlyList<RoundOverview>> ListAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var counts = (await scope.Restrict(db.Submissions.AsNoTracking())
                .Join(db.SurveyRounds, s => s.RoundId, r => r.Id, (s, r) => new { Round = r.Code, s.Status })
                .GroupBy(x => new { x.Round, x.Status })
                .Select(g => new { g.Key.Round, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.Round, StringComparer.Ordinal);
        var overviews = new List<RoundOverview>();
        foreach (var round in await rounds.ListAsync(scope, cancellationToken))
        {
            overviews.Add(new RoundOverview(
                round,
                await submissions.InstrumentsAsync(round.Code, cancellationToken),
                counts[round.Code].ToDictionary(c => c.Status, c => c.Count)));
        }

        return overviews;
    }
}
