using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Instruments;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>
/// The secretariat opens, closes and publishes rounds. Open: focal points answer. Closed: answers
/// are only reviewed. Published: nothing changes and the round's validated results are public;
/// unpublishing (back to closed) is allowed and audited. Each change moves the round's
/// <see cref="SurveyRound.ResultsVersion"/>, since who may see its results changes. A draft
/// only opens: with at least one invited country and no empty questionnaire, its questionnaires
/// are frozen and, when it carries answers forward, pre-filled, all in one transaction.
/// </summary>
public sealed class RoundAdministration(MnrDbContext db, AuditLog audit, RoundQuestionnaires questionnaires, CarryForward carryForward, WorkflowNotifications notifications, TimeProvider clock)
{
    /// <summary>Moves the round to <paramref name="status"/>; refuses steps that are not allowed (open → published).</summary>
    public async Task SetStatusAsync(AccessScope scope, string roundCode, RoundStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not open, close or publish rounds: the secretariat does.");
        }

        var round = await db.SurveyRounds.Include(r => r.Instruments).SingleOrDefaultAsync(r => r.Code == roundCode, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round {roundCode}.");
        if (round.Status == status)
        {
            return;
        }

        if (!Allowed(round.Status, status))
        {
            throw new SubmissionStateException($"A round goes from draft to open to closed to published; {round.Name} is {round.Status.ToString().ToLowerInvariant()} and cannot become {status.ToString().ToLowerInvariant()} directly.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (round.Status == RoundStatus.Draft)
        {
            await OpenDraftAsync(round, cancellationToken);
        }

        audit.Add(scope.Actor, AuditActions.RoundChanged, round.Code, round.Status.ToString(), status.ToString());
        round.Status = status;
        round.ResultsVersion++;
        if (status == RoundStatus.Published)
        {
            await notifications.RoundPublishedAsync(round, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Composes the administration and what it needs without dependency injection (the command
    /// line and tests): the questionnaires frozen from <paramref name="catalog"/>, notifications
    /// with links under <paramref name="platform"/>'s public address.
    /// </summary>
    public static RoundAdministration Compose(MnrDbContext db, FrameworkCatalog catalog, TimeProvider clock, PlatformOptions? platform = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new RoundAdministration(db, new AuditLog(db), new RoundQuestionnaires(db, catalog, clock), new CarryForward(db, catalog), WorkflowNotifications.Compose(db, clock, platform), clock);
    }

    /// <summary>The statuses a round may move to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<RoundStatus> NextStatuses(RoundStatus from) =>
        [.. Enum.GetValues<RoundStatus>().Where(to => to != from && Allowed(from, to))];

    private async Task OpenDraftAsync(SurveyRound round, CancellationToken cancellationToken)
    {
        if (!await db.RoundParticipants.AnyAsync(p => p.RoundId == round.Id, cancellationToken))
        {
            throw new SubmissionStateException($"{round.Name} invites no country yet: invite at least one before opening it.");
        }

        foreach (var instrument in round.Instruments)
        {
            if ((await questionnaires.ForAsync(round.Code, instrument.Code, cancellationToken)).IsEmpty)
            {
                throw new SubmissionStateException($"The questionnaire of {instrument.Name ?? instrument.Code} in {round.Name} has no question: choose its questions before opening the round.");
            }
        }

        await questionnaires.FreezeAsync(round, cancellationToken);
        if (round.CarryForwardFrom is not null)
        {
            await carryForward.ApplyAsync(round, cancellationToken);
        }

        round.OpenedAt ??= clock.GetUtcNow();
    }

    private static bool Allowed(RoundStatus from, RoundStatus to) => (from, to) switch
    {
        (RoundStatus.Draft, RoundStatus.Open) => true,
        (RoundStatus.Open, RoundStatus.Closed) or (RoundStatus.Closed, RoundStatus.Open) => true,
        (RoundStatus.Closed, RoundStatus.Published) or (RoundStatus.Published, RoundStatus.Closed) => true,
        _ => false,
    };
}
