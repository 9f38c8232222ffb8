using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>
/// The secretariat opens, closes and publishes rounds. Open: focal points answer. Closed: answers
/// are only reviewed. Published: nothing changes and the round's validated results are public;
/// unpublishing (back to closed) is allowed and audited. Each change moves the round's
/// <see cref="SurveyRound.ResultsVersion"/>, since who may see its results changes.
/// </summary>
public sealed class RoundAdministration(MnrDbContext db, AuditLog audit, WorkflowNotifications? notifications = null)
{
    /// <summary>Moves the round to <paramref name="status"/>; refuses steps that are not allowed (open → published).</summary>
    public async Task SetStatusAsync(AccessScope scope, string roundCode, RoundStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not open, close or publish rounds: the secretariat does.");
        }

        var round = await db.SurveyRounds.SingleOrDefaultAsync(r => r.Code == roundCode, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round {roundCode}.");
        if (round.Status == status)
        {
            return;
        }

        if (!Allowed(round.Status, status))
        {
            throw new SubmissionStateException($"A round goes from open to closed to published; {round.Name} is {round.Status.ToString().ToLowerInvariant()} and cannot become {status.ToString().ToLowerInvariant()} directly.");
        }

        audit.Add(scope.Actor, AuditActions.RoundChanged, round.Code, round.Status.ToString(), status.ToString());
        round.Status = status;
        round.ResultsVersion++;
        if (status == RoundStatus.Published && notifications is not null)
        {
            await notifications.RoundPublishedAsync(round, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The statuses a round may move to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<RoundStatus> NextStatuses(RoundStatus from) =>
        [.. Enum.GetValues<RoundStatus>().Where(to => to != from && Allowed(from, to))];

    private static bool Allowed(RoundStatus from, RoundStatus to) => (from, to) switch
    {
        (RoundStatus.Open, RoundStatus.Closed) or (RoundStatus.Closed, RoundStatus.Open) => true,
        (RoundStatus.Closed, RoundStatus.Published) or (RoundStatus.Published, RoundStatus.Closed) => true,
        _ => false,
    };
}
