using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys;

/// <summary>How many submissions of one instrument are in one status.</summary>
/// <param name="Status">The status.</param>
/// <param name="Count">How many.</param>
public sealed record StatusCount(SubmissionStatus Status, int Count);

/// <summary>An instrument of an open round with its submissions counted by status.</summary>
/// <param name="Code">The instrument's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Counts">One count per status, in the workflow's order (zeros included).</param>
public sealed record InstrumentProgress(string Code, string Name, IReadOnlyList<StatusCount> Counts)
{
    /// <summary>Every submission of the instrument.</summary>
    public int Total => Counts.Sum(c => c.Count);

    /// <summary>The submissions in <paramref name="status"/>.</summary>
    public int Count(SubmissionStatus status) => Counts.Where(c => c.Status == status).Sum(c => c.Count);
}

/// <summary>An open round and the progress of each of its instruments.</summary>
/// <param name="Code">The round's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Year">Its survey year.</param>
/// <param name="Instruments">Its instruments, in code order.</param>
public sealed record OpenRoundProgress(string Code, string Name, int Year, IReadOnlyList<InstrumentProgress> Instruments)
{
    /// <summary>The round's submissions in <paramref name="status"/>, every instrument together.</summary>
    public int Count(SubmissionStatus status) => Instruments.Sum(i => i.Count(status));

    /// <summary>Submissions a country sent and the secretariat has not validated or queried yet.</summary>
    public int AwaitingValidation => Count(SubmissionStatus.Submitted) + Count(SubmissionStatus.Resubmitted);
}

/// <summary>What waits for the secretariat: counts only, never a named country.</summary>
/// <param name="OpenRounds">The open rounds, newest first.</param>
/// <param name="ExchangesAwaitingConsent">Peer-learning exchanges whose countries were asked for consent and have not both answered.</param>
/// <param name="ReadAt">When the counts were read.</param>
public sealed record SecretariatWorkload(IReadOnlyList<OpenRoundProgress> OpenRounds, int ExchangesAwaitingConsent, DateTimeOffset ReadAt)
{
    /// <summary>Queried submissions waiting for the country's answer, every open round together.</summary>
    public int QueriesAwaitingAnswer => OpenRounds.Sum(r => r.Count(SubmissionStatus.Queried));

    /// <summary>Submissions waiting for validation, every open round together.</summary>
    public int AwaitingValidation => OpenRounds.Sum(r => r.AwaitingValidation);
}

/// <summary>
/// The secretariat dashboard's counts, each one grouped and counted in the database. Counts carry
/// no country, so reading them is not a read of unit-level data (nothing is audited).
/// </summary>
public sealed class SecretariatDashboardReader(MnrDbContext db, TimeProvider clock)
{
    /// <summary>The open rounds' progress and the exchanges waiting for consent.</summary>
    /// <exception cref="AccessDeniedException">The scope is not the secretariat's.</exception>
    public async Task<SecretariatWorkload> ReadAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariat)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not see the secretariat's dashboard.");
        }

        var openRounds = await db.SurveyRounds.AsNoTracking()
            .Where(r => r.Status == RoundStatus.Open)
            .OrderByDescending(r => r.Year).ThenBy(r => r.Code)
            .Select(r => new { r.Id, r.Code, r.Name, r.Year })
            .ToListAsync(cancellationToken);
        var openIds = openRounds.Select(r => r.Id).ToList();
        var instruments = (await db.Set<RoundInstrument>().AsNoTracking()
                .Where(i => openIds.Contains(i.RoundId))
                .Select(i => new { i.RoundId, i.Code, i.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.RoundId);
        var counts = (await scope.Restrict(db.Submissions.AsNoTracking())
                .Where(s => openIds.Contains(s.RoundId))
                .GroupBy(s => new { s.RoundId, s.InstrumentCode, s.Status })
                .Select(g => new { g.Key.RoundId, g.Key.InstrumentCode, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => (c.RoundId, c.InstrumentCode, c.Status), c => c.Count);
        var exchanges = await db.Exchanges.CountAsync(e => e.Status == ExchangeStatus.ConsentRequested, cancellationToken);

        var rounds = openRounds.Select(r => new OpenRoundProgress(
            r.Code,
            r.Name,
            r.Year,
            [.. instruments[r.Id].OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => new InstrumentProgress(
                i.Code,
                i.Name ?? i.Code,
                [.. Enum.GetValues<SubmissionStatus>().Select(status => new StatusCount(status, counts.GetValueOrDefault((r.Id, i.Code, status))))]))]));
        return new SecretariatWorkload([.. rounds], exchanges, clock.GetUtcNow());
    }
}
