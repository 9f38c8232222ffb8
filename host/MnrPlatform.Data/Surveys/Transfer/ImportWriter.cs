using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Surveys.Transfer;

/// <summary>What an applied import wrote.</summary>
/// <param name="Answers">New, changed and unchanged answers (compared with the store when applied).</param>
/// <param name="SubmissionsCreated">Submissions created.</param>
/// <param name="SubmissionsTouched">Submissions with a new or changed answer (each got an "imported" event).</param>
/// <param name="ResultsVersion">The round's results version after the import.</param>
/// <param name="ResultsChanged">True when validated answers changed, so the results version grew by one.</param>
public sealed record ImportResult(AnswerCounts Answers, int SubmissionsCreated, int SubmissionsTouched, long ResultsVersion, bool ResultsChanged);

/// <summary>
/// Applies an <see cref="ImportPlan"/> in one transaction: creates missing submissions, inserts
/// new answers and updates changed ones in bulk (one history row per change, source
/// <see cref="AnswerSources.Import"/>), records an "imported" event per touched submission, grows
/// the round's results version when a validated submission changed, and writes the audit entry.
/// </summary>
public sealed class ImportWriter(MnrDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Writes <paramref name="plan"/>; see <see cref="AnswerImporter.ApplyAsync"/>.</summary>
    public async Task<ImportResult> ApplyAsync(ImportPlan plan, AccessScope scope, ImportApplyOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(options);
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not import answers: importing is for the secretariat.");
        }

        foreach (var country in plan.Countries)
        {
            scope.DemandWrite(country);
        }

        if (!plan.IsValid)
        {
            throw new InvalidOperationException($"The file {plan.FileName} has {plan.ProblemCount} problem(s); nothing can be applied.");
        }

        if (options.NewSubmissionStatus is not (SubmissionStatus.Submitted or SubmissionStatus.Validated))
        {
            throw new ArgumentException("An import creates submissions as Submitted or Validated.", nameof(options));
        }

        var actor = scope.Actor.Name;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var round = await db.SurveyRounds.SingleAsync(r => r.Code == plan.RoundCode, cancellationToken);
        if (round.Status == RoundStatus.Published)
        {
            throw new InvalidOperationException($"Round {round.Code} is published: its answers can no longer be changed by an import.");
        }

        if (ImportInvitations.DraftRefusal(round) is { } draft)
        {
            throw new InvalidOperationException(draft);
        }

        var invited = await ImportInvitations.MissingAsync(db, round, plan.Submissions, cancellationToken);
        foreach (var (country, instrument) in invited)
        {
            db.RoundParticipants.Add(new RoundParticipant { RoundId = round.Id, CountryIso3 = country, InstrumentCode = instrument, InvitedAt = now });
            audit.Add(scope.Actor, AuditActions.RoundCountriesChanged, $"{round.Code}/{instrument}", null, $"invited {country} by import of {plan.FileName}", country);
        }

        var diff = ImportDiff.Compute(plan.Submissions, await StoredAnswers.LoadAsync(db, round.Id, cancellationToken));
        var touched = diff.Submissions.Where(s => s.IsTouched).ToList();
        var submissions = await SubmissionsAsync(round.Id, touched, options.NewSubmissionStatus, now, cancellationToken);

        var bulk = AnswerBulkWriter.For(db);
        await bulk.InsertAnswersAsync(
            touched.OrderBy(s => submissions[s].Entity.Id).SelectMany(s => Rows(submissions[s].Entity.Id, s.Added)),
            actor,
            now,
            cancellationToken);
        await bulk.ReplaceAnswersAsync(
            touched.SelectMany(s => s.Changed.Select(c => (s.Stored!.Id, c.Old, c.New))),
            actor,
            now,
            cancellationToken);

        foreach (var s in touched)
        {
            var (entity, from) = submissions[s];
            entity.UpdatedAt = now;
            db.SubmissionEvents.Add(new SubmissionEvent
            {
                SubmissionId = entity.Id,
                At = now,
                Actor = actor,
                Action = SubmissionActions.Imported,
                FromStatus = from,
                ToStatus = entity.Status,
                Comment = string.Create(CultureInfo.InvariantCulture, $"{plan.FileName}: {s.Added.Count} new, {s.Changed.Count} changed answer(s)"),
            });
        }

        var counts = diff.Preview().Totals;
        var resultsChanged = touched.Any(s => submissions[s].Entity.Status == SubmissionStatus.Validated);
        if (resultsChanged)
        {
            round.ResultsVersion++;
        }

        var created = touched.Count(s => s.Stored is null);
        audit.Add(scope.Actor, AuditActions.AnswersImported, $"round:{round.Code}", null, string.Create(
            CultureInfo.InvariantCulture,
            $"file={plan.FileName}; sha256={plan.Sha256}; format={plan.Format}; new={counts.New}; changed={counts.Changed}; unchanged={counts.Unchanged}; submissions created={created}; touched={touched.Count}; new status={options.NewSubmissionStatus}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new ImportResult(counts, created, touched.Count, round.ResultsVersion, resultsChanged);
    }

    // The new answers in the order of the unique index (submission, question), so that the index
    // grows at its end instead of being split all over: the answers are sorted by question unless
    // the file already has them in that order.
    private static IEnumerable<AnswerRow> Rows(int submissionId, IReadOnlyCollection<ImportedAnswer> added)
    {
        if (!InQuestionOrder(added))
        {
            added = [.. added.OrderBy(a => a.QuestionId, StringComparer.Ordinal)];
        }

        foreach (var a in added)
        {
            yield return new AnswerRow(submissionId, a.QuestionId, a.Value, a.Comment, a.Evidence);
        }
    }

    private static bool InQuestionOrder(IEnumerable<ImportedAnswer> answers)
    {
        string? previous = null;
        foreach (var answer in answers)
        {
            if (previous is not null && string.CompareOrdinal(previous, answer.QuestionId) > 0)
            {
                return false;
            }

            previous = answer.QuestionId;
        }

        return true;
    }

    // The touched submissions, tracked: existing ones loaded, missing ones created (saved, so they have ids), with their status before.
    private async Task<Dictionary<SubmissionDiff, (Submission Entity, SubmissionStatus From)>> SubmissionsAsync(
        int roundId, List<SubmissionDiff> touched, SubmissionStatus newStatus, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = touched.Where(s => s.Stored is not null).Select(s => s.Stored!.Id).ToList();
        var existing = await db.Submissions.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var result = new Dictionary<SubmissionDiff, (Submission, SubmissionStatus)>();
        foreach (var s in touched)
        {
            if (s.Stored is { } stored)
            {
                result[s] = (existing[stored.Id], stored.Status);
                continue;
            }

            var entity = new Submission { RoundId = roundId, CountryIso3 = s.Import.Country, InstrumentCode = s.Import.Instrument, Status = newStatus, UpdatedAt = now };
            db.Submissions.Add(entity);
            result[s] = (entity, SubmissionStatus.Draft);
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
