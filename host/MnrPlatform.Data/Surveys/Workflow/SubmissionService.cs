using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Resources;
using MnrPlatform.Data.Surveys.Instruments;

namespace MnrPlatform.Data.Surveys.Workflow;

/// <summary>
/// A submission's life: saving answers (a draft at any time, every change kept as an
/// <see cref="AnswerChange"/>), submitting when every required answer is there, the secretariat's
/// query and validation, the country's reply, reopening. Rights and states are checked here
/// (<see cref="SubmissionRules"/>), not in pages; each step is a <see cref="SubmissionEvent"/> and
/// an audit entry. Validating or reopening moves the round's <see cref="SurveyRound.ResultsVersion"/>.
/// </summary>
public sealed class SubmissionService(MnrDbContext db, FrameworkCatalog catalog, AuditLog audit, TimeProvider clock, WorkflowNotifications notifications)
{
    private readonly RoundQuestionnaires questionnaires = new(db, catalog, clock);

    /// <summary>
    /// Composes the service without dependency injection (tests, the command line): notifications
    /// with links under <paramref name="platform"/>'s public address.
    /// </summary>
    public static SubmissionService Compose(MnrDbContext db, FrameworkCatalog catalog, TimeProvider clock, PlatformOptions? platform = null) =>
        new(db, catalog, new AuditLog(db), clock, WorkflowNotifications.Compose(db, clock, platform));

    /// <summary>
    /// Saves <paramref name="inputs"/> (question id → what was entered; a blank value clears the
    /// answer). All or nothing: when any field is refused nothing is saved and the refusals come back
    /// by question id. Creates the submission (a draft) on its first save.
    /// </summary>
    public Task<IReadOnlyDictionary<string, string>> SaveAsync(AccessScope scope, SubmissionKey key, IReadOnlyDictionary<string, AnswerInput> inputs, CancellationToken cancellationToken) =>
        SaveAsync(scope, key, inputs, CultureInfo.InvariantCulture, cancellationToken);

    /// <summary>
    /// <see cref="SaveAsync(AccessScope, SubmissionKey, IReadOnlyDictionary{string, AnswerInput}, CancellationToken)"/> with
    /// the refusals worded in <paramref name="language"/> (the questionnaire page's); the invariant culture words them in English.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(
        AccessScope scope, SubmissionKey key, IReadOnlyDictionary<string, AnswerInput> inputs, CultureInfo language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (round, submission) = await LoadOrCreateAsync(scope, key, cancellationToken);
        if (!SubmissionRules.CanEdit(scope, round.Status, submission.Status, key.CountryIso3))
        {
            throw EditRefusal(round.Status, submission.Status);
        }

        var questionnaire = await QuestionnaireAsync(round, key, cancellationToken);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var accepted = new List<(string QuestionId, string? Value, string? Comment, string? Evidence)>();
        foreach (var (questionId, input) in inputs)
        {
            if (questionnaire.Question(questionId) is not { } question)
            {
                errors[questionId] = SubmissionText.Words.Format("NoQuestion", language, questionId, key.InstrumentCode);
                continue;
            }

            var check = AnswerRules.Normalize(question, input.Value);
            var problem = check.Error is { } e ? AnswerRefusal.Of("Answer", check.Problem, e, language)
                : AnswerRules.NoteProblem(input.Comment, isLink: false) is { } c ? AnswerRefusal.Of("Comment", c, c.English, language)
                : AnswerRules.NoteProblem(input.EvidenceUrl, isLink: true) is { } l ? AnswerRefusal.Of("Link", l, l.English, language)
                : check.IsBlank && (Blank(input.Comment) ?? Blank(input.EvidenceUrl)) is not null
                    ? SubmissionText.Words.Get("NoteWithoutAnswer", language)
                : null;
            if (problem is not null)
            {
                errors[questionId] = problem;
                continue;
            }

            accepted.Add((questionId, check.Value, Blank(input.Comment), Blank(input.EvidenceUrl)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow();
        var changed = 0;
        foreach (var (questionId, value, comment, evidence) in accepted)
        {
            changed += Apply(scope, submission, questionId, value, comment, evidence, now) ? 1 : 0;
        }

        if (changed > 0 || submission.Id == 0)
        {
            submission.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return errors;
    }

    /// <summary>
    /// Sends the answers to the secretariat: a draft becomes submitted; a queried submission becomes
    /// resubmitted with <paramref name="reply"/> to the query. Refused while required answers are
    /// missing (the message names how many and the first ones).
    /// </summary>
    public async Task SubmitAsync(AccessScope scope, SubmissionKey key, string? reply, CancellationToken cancellationToken)
    {
        var (round, submission) = await LoadAsync(scope, key, cancellationToken);
        if (!SubmissionRules.CanSubmit(scope, round.Status, submission.Status, key.CountryIso3))
        {
            var status = submission.Status;
            throw submission.Status is SubmissionStatus.Draft or SubmissionStatus.Queried
                ? EditRefusal(round.Status, submission.Status)
                : new SubmissionStateException(c => SubmissionText.Words.Get($"NothingToSend.{status}", c));
        }

        DemandComplete(await QuestionnaireAsync(round, key, cancellationToken), submission);
        var resubmit = submission.Status == SubmissionStatus.Queried;
        if (resubmit && string.IsNullOrWhiteSpace(reply))
        {
            throw new SubmissionStateException(c => SubmissionText.Words.Get("ReplyFirst", c));
        }

        await StepAsync(scope, round, submission, resubmit ? SubmissionActions.Resubmitted : SubmissionActions.Submitted,
            resubmit ? SubmissionStatus.Resubmitted : SubmissionStatus.Submitted, resubmit ? reply : null, null, cancellationToken);
    }

    /// <summary>
    /// The country confirms answers carried forward from an earlier round as they are: they count
    /// from now on. <paramref name="questionIds"/> null confirms every carried-forward answer.
    /// Returns how many were confirmed.
    /// </summary>
    public async Task<int> ConfirmCarriedAsync(AccessScope scope, SubmissionKey key, IReadOnlyCollection<string>? questionIds, CancellationToken cancellationToken)
    {
        var (round, submission) = await LoadAsync(scope, key, cancellationToken);
        if (!SubmissionRules.CanEdit(scope, round.Status, submission.Status, key.CountryIso3))
        {
            throw EditRefusal(round.Status, submission.Status);
        }

        var now = clock.GetUtcNow();
        var carried = submission.Answers.Where(a => a.CarriedFrom is not null && (questionIds is null || questionIds.Contains(a.QuestionId))).ToList();
        foreach (var answer in carried)
        {
            (answer.CarriedFrom, answer.SetBy, answer.SetAt) = (null, scope.Actor.Name, now);
        }

        if (carried.Count > 0)
        {
            submission.UpdatedAt = now;
            audit.Add(scope.Actor, AuditActions.CarriedAnswersConfirmed, $"{round.Code}/{submission.InstrumentCode}", null, $"{carried.Count} answers", submission.CountryIso3);
            await db.SaveChangesAsync(cancellationToken);
        }

        return carried.Count;
    }

    /// <summary>The secretariat asks the country a question; the answers go back to the country.</summary>
    public async Task QueryAsync(AccessScope scope, SubmissionKey key, string comment, string? questionId, CancellationToken cancellationToken)
    {
        var (round, submission) = await LoadAsync(scope, key, cancellationToken);
        DemandReview(scope, round, submission);
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new SubmissionStateException("Write the question for the country.");
        }

        if (AnswerRules.CheckNote(comment, isLink: false) is { } problem)
        {
            throw new SubmissionStateException($"The query {problem}.");
        }

        var about = string.IsNullOrWhiteSpace(questionId) ? null : questionId.Trim();
        if (about is not null && (await QuestionnaireAsync(round, key, cancellationToken)).Question(about) is null)
        {
            throw new SubmissionStateException($"There is no question {about} in the {key.InstrumentCode} questionnaire.");
        }

        await notifications.QueryRaisedAsync(round, submission, comment.Trim(), cancellationToken);
        await StepAsync(scope, round, submission, SubmissionActions.Queried, SubmissionStatus.Queried, comment.Trim(), about, cancellationToken);
    }

    /// <summary>The secretariat accepts the answers: from now on they feed published indicators.</summary>
    public async Task ValidateAsync(AccessScope scope, SubmissionKey key, CancellationToken cancellationToken)
    {
        var (round, submission) = await LoadAsync(scope, key, cancellationToken);
        DemandReview(scope, round, submission);
        DemandComplete(await QuestionnaireAsync(round, key, cancellationToken), submission);
        round.ResultsVersion++;
        await notifications.SubmissionValidatedAsync(round, submission, cancellationToken);
        await StepAsync(scope, round, submission, SubmissionActions.Validated, SubmissionStatus.Validated, null, null, cancellationToken);
    }

    /// <summary>The secretariat takes a validation back: the answers are under review again and leave the indicators.</summary>
    public async Task ReopenAsync(AccessScope scope, SubmissionKey key, string? reason, CancellationToken cancellationToken)
    {
        var (round, submission) = await LoadAsync(scope, key, cancellationToken);
        if (!SubmissionRules.CanReopen(scope, round.Status, submission.Status))
        {
            throw scope.IsSecretariatWriter
                ? new SubmissionStateException(round.Status == RoundStatus.Published
                    ? "The round is published; close it before reopening a submission."
                    : $"This submission is {Describe(submission.Status)}, not validated.")
                : new AccessDeniedException($"{scope.Actor.Name} may not reopen submissions: the secretariat does.");
        }

        round.ResultsVersion++;
        await StepAsync(scope, round, submission, SubmissionActions.Reopened, SubmissionStatus.Submitted, Blank(reason), null, cancellationToken);
    }

    private bool Apply(AccessScope scope, Submission submission, string questionId, string? value, string? comment, string? evidence, DateTimeOffset now)
    {
        var current = submission.Answers.FirstOrDefault(a => a.QuestionId == questionId);
        if (current is null)
        {
            if (value is null)
            {
                return false;
            }

            submission.Answers.Add(new Answer { QuestionId = questionId, Value = value, Comment = comment, EvidenceUrl = evidence, SetBy = scope.Actor.Name, SetAt = now });
            return true;
        }

        if (current.Value == value && current.Comment == comment && current.EvidenceUrl == evidence)
        {
            // Saving a carried-forward answer unchanged confirms it.
            if (current.CarriedFrom is null)
            {
                return false;
            }

            (current.CarriedFrom, current.SetBy, current.SetAt) = (null, scope.Actor.Name, now);
            return true;
        }

        db.AnswerChanges.Add(new AnswerChange
        {
            SubmissionId = submission.Id,
            QuestionId = questionId,
            OldValue = current.Value,
            OldComment = current.Comment,
            OldEvidenceUrl = current.EvidenceUrl,
            OldSetBy = current.SetBy,
            OldSetAt = current.SetAt,
            NewValue = value,
            ChangedBy = scope.Actor.Name,
            ChangedAt = now,
            Source = AnswerSources.Form,
        });
        if (value is null)
        {
            submission.Answers.Remove(current);
            db.Answers.Remove(current);
            return true;
        }

        (current.Value, current.Comment, current.EvidenceUrl, current.SetBy, current.SetAt, current.CarriedFrom) = (value, comment, evidence, scope.Actor.Name, now, null);
        return true;
    }

    // Carried-forward answers count once the country confirms them, not before.
    private static void DemandComplete(Questionnaire questionnaire, Submission submission)
    {
        var answers = submission.Answers.Where(a => a.CarriedFrom is null).ToDictionary(a => a.QuestionId, a => a.Value, StringComparer.Ordinal);
        var missing = questionnaire.Missing(answers);
        if (missing.Count > 0)
        {
            throw new SubmissionStateException(c => SubmissionText.Words.Format(
                missing.Count == 1 ? "Missing.One" : "Missing.Many",
                c,
                missing.Count,
                string.Join("; ", missing.Take(3).Select(q => q.Text.For(c))) + (missing.Count > 3 ? "; …" : "")));
        }
    }

    private static void DemandReview(AccessScope scope, SurveyRound round, Submission submission)
    {
        if (!scope.IsSecretariatWriter)
        {
            throw new AccessDeniedException($"{scope.Actor.Name} may not query or validate submissions: the secretariat does.");
        }

        if (!SubmissionRules.CanReview(scope, round.Status, submission.Status))
        {
            throw new SubmissionStateException(round.Status == RoundStatus.Published
                ? "The round is published; its submissions no longer change."
                : $"This submission is {Describe(submission.Status)}; only submitted answers are queried or validated.");
        }
    }

    private async Task StepAsync(AccessScope scope, SurveyRound round, Submission submission, string action, SubmissionStatus to, string? comment, string? questionId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        submission.Events.Add(new SubmissionEvent
        {
            At = now,
            Actor = scope.Actor.Name,
            Action = action,
            FromStatus = submission.Status,
            ToStatus = to,
            Comment = comment,
            QuestionId = questionId,
        });
        audit.Add(scope.Actor, AuditActions.SubmissionStep, $"{round.Code}/{submission.InstrumentCode}", submission.Status.ToString(), $"{action}: {to}", submission.CountryIso3);
        submission.Status = to;
        submission.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(SurveyRound Round, Submission Submission)> LoadOrCreateAsync(AccessScope scope, SubmissionKey key, CancellationToken cancellationToken)
    {
        var round = await RoundAsync(scope, key, cancellationToken);
        var submission = await FindAsync(round, key, cancellationToken);
        if (submission is not null)
        {
            return (round, submission);
        }

        if (!await db.Countries.AnyAsync(c => c.Iso3 == key.CountryIso3, cancellationToken))
        {
            throw new KeyNotFoundException($"There is no country {key.CountryIso3}.");
        }

        submission = new Submission { RoundId = round.Id, CountryIso3 = key.CountryIso3, InstrumentCode = key.InstrumentCode, Status = SubmissionStatus.Draft, UpdatedAt = clock.GetUtcNow() };
        round.Submissions.Add(submission);
        return (round, submission);
    }

    private async Task<(SurveyRound Round, Submission Submission)> LoadAsync(AccessScope scope, SubmissionKey key, CancellationToken cancellationToken)
    {
        var round = await RoundAsync(scope, key, cancellationToken);
        return (round, await FindAsync(round, key, cancellationToken)
            ?? throw new SubmissionStateException(c => SubmissionText.Words.Format("NotStarted", c, key.CountryIso3, key.InstrumentCode, round.Name)));
    }

    private async Task<SurveyRound> RoundAsync(AccessScope scope, SubmissionKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(key);
        scope.DemandWrite(key.CountryIso3);
        var round = await db.SurveyRounds.Include(r => r.Instruments).SingleOrDefaultAsync(r => r.Code == key.RoundCode, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no survey round {key.RoundCode}.");
        return round.Instruments.Any(i => i.Code == key.InstrumentCode)
            ? round
            : throw new KeyNotFoundException($"The round {round.Name} has no instrument {key.InstrumentCode}.");
    }

    private async Task<Questionnaire> QuestionnaireAsync(SurveyRound round, SubmissionKey key, CancellationToken cancellationToken) =>
        (await questionnaires.ForRoundAsync(round.Id, [key.InstrumentCode], cancellationToken))[key.InstrumentCode];

    private Task<Submission?> FindAsync(SurveyRound round, SubmissionKey key, CancellationToken cancellationToken) =>
        db.Submissions.Include(s => s.Answers)
            .SingleOrDefaultAsync(s => s.RoundId == round.Id && s.CountryIso3 == key.CountryIso3 && s.InstrumentCode == key.InstrumentCode, cancellationToken);

    private static SubmissionStateException EditRefusal(RoundStatus round, SubmissionStatus status)
    {
        var key = (round, status) switch
        {
            (RoundStatus.Published, _) => "Edit.Published",
            (_, SubmissionStatus.Validated) => "Edit.Validated",
            (RoundStatus.Closed, _) => "Edit.Closed",
            _ => $"Edit.WithSecretariat.{status}",
        };
        return new SubmissionStateException(c => SubmissionText.Words.Get(key, c));
    }

    internal static string Describe(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Draft => "a draft",
        SubmissionStatus.Submitted => "submitted",
        SubmissionStatus.Queried => "queried",
        SubmissionStatus.Resubmitted => "resubmitted",
        _ => "validated",
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
