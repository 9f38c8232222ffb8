using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Data.Tests.Workflow;

/// <summary>
/// A submission's life on a real migrated store (SQLite file, and PostgreSQL when present), each
/// step in a context of its own as requests would: drafts with who and when, every change kept,
/// all or nothing, submit, query, reply, validate, reopen, and who may do which.
/// </summary>
public abstract class SubmissionServiceTests : IAsyncLifetime
{
    private const string Round = "2025-open";
    private const string Instrument = "maturity-self-assessment";
    private const string Phase = "victim.child-helpline.maturity.phase";
    private const string Plan = "victim.child-helpline.maturity.plan";
    private const string Target = "victim.child-helpline.maturity.target-phase";

    private static readonly SubmissionKey Kenya = new(Round, "KEN", Instrument);
    private static readonly AccessScope KenyaFocalPoint = Scope(Roles.FocalPoint, "KEN");
    private static readonly AccessScope GhanaFocalPoint = Scope(Roles.FocalPoint, "GHA");
    private static readonly AccessScope Analyst = Scope(Roles.Analyst);

    private readonly TestClock clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private ITestStore store = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await using var db = await store.OpenPreparedAsync(Cancellation);
        var round = new SurveyRound { Code = Round, Name = "2025 self-assessment", Year = 2025, Status = RoundStatus.Open, IncomeClassificationYear = 2024 };
        round.Instruments.Add(new RoundInstrument { Code = Instrument, Name = "Maturity self-assessment" });
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static AccessScope Scope(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role + country, $"{role}{country}@example.org", [role], country));

    private async Task StepAsync(Func<SubmissionService, Task> action)
    {
        await using var db = store.Open();
        await action(SubmissionService.Compose(db, DomainPlugins.Catalog, clock));
    }

    private Task<IReadOnlyDictionary<string, string>> SaveAsync(AccessScope scope, params (string QuestionId, string? Value)[] answers) =>
        SaveInputsAsync(scope, answers.ToDictionary(a => a.QuestionId, a => new AnswerInput(a.Value)));

    private async Task<IReadOnlyDictionary<string, string>> SaveInputsAsync(AccessScope scope, IReadOnlyDictionary<string, AnswerInput> inputs)
    {
        await using var db = store.Open();
        return await SubmissionService.Compose(db, DomainPlugins.Catalog, clock).SaveAsync(scope, Kenya, inputs, Cancellation);
    }

    private async Task<SubmissionView> OpenAsync(AccessScope? scope = null)
    {
        await using var db = store.Open();
        return await new SubmissionReader(db, DomainPlugins.Catalog, new AuditLog(db)).OpenAsync(scope ?? Analyst, Kenya, Cancellation);
    }

    private async Task<T> ReadAsync<T>(Func<MnrDbContext, Task<T>> query)
    {
        await using var db = store.Open();
        return await query(db);
    }

    private Task<long> ResultsVersionAsync() => ReadAsync(db => db.SurveyRounds.Where(r => r.Code == Round).Select(r => r.ResultsVersion).SingleAsync(Cancellation));

    private static (string, string?)[] EveryRequired(string phase = "2") =>
        [.. Questionnaire.For(DomainPlugins.Catalog, Instrument).Missing(new Dictionary<string, string>()).Select(q => (q.Id, (string?)phase))];

    private async Task SubmittedAsync()
    {
        Assert.Empty(await SaveAsync(KenyaFocalPoint, EveryRequired()));
        await StepAsync(s => s.SubmitAsync(KenyaFocalPoint, Kenya, null, Cancellation));
    }

    [Fact]
    public async Task A_first_save_creates_a_draft_and_records_who_set_each_answer_and_when()
    {
        var errors = await SaveAsync(KenyaFocalPoint, (Phase, "2"), (Plan, "YES"));

        Assert.Empty(errors);
        var view = await OpenAsync(KenyaFocalPoint);
        Assert.Equal((true, SubmissionStatus.Draft), (view.Started, view.Status));
        Assert.Equal(("2", "FocalPointKEN@example.org", clock.Now), (view.Answers[Phase].Value, view.Answers[Phase].SetBy, view.Answers[Phase].SetAt));
        Assert.Equal("yes", view.Answers[Plan].Value);
        Assert.True(view.CanEdit && view.CanSubmit);
        Assert.Empty(await ReadAsync(db => db.AnswerChanges.ToListAsync(Cancellation)));
    }

    [Fact]
    public async Task A_change_keeps_the_old_answer_and_clearing_records_a_change_to_nothing()
    {
        await SaveAsync(KenyaFocalPoint, (Phase, "2"));
        clock.Now = clock.Now.AddHours(1);
        await SaveAsync(Analyst, (Phase, "3"));
        clock.Now = clock.Now.AddHours(1);
        await SaveAsync(KenyaFocalPoint, (Phase, "3"));
        await SaveAsync(KenyaFocalPoint, (Phase, " "));

        var changes = await ReadAsync(db => db.AnswerChanges.OrderBy(c => c.Id).ToListAsync(Cancellation));
        Assert.Equal(2, changes.Count);
        Assert.Equal(("2", "3", "FocalPointKEN@example.org", "Analyst@example.org", AnswerSources.Form), (changes[0].OldValue, changes[0].NewValue, changes[0].OldSetBy, changes[0].ChangedBy, changes[0].Source));
        Assert.Equal(("3", null, "Analyst@example.org"), (changes[1].OldValue, changes[1].NewValue, changes[1].OldSetBy));
        Assert.Equal(clock.Now, changes[1].ChangedAt);
        var view = await OpenAsync();
        Assert.False(view.Answers.ContainsKey(Phase));
    }

    [Fact]
    public async Task One_refused_field_saves_nothing_and_each_refusal_comes_back_by_question()
    {
        var errors = await SaveInputsAsync(KenyaFocalPoint, new Dictionary<string, AnswerInput>
        {
            [Phase] = new("2"),
            [Plan] = new("maybe"),
            ["victim.child-helpline.maturity.evidence"] = new("Annual report", EvidenceUrl: "ftp://example.org/report"),
            ["no.such.question"] = new("1"),
        });

        Assert.Equal(["no.such.question", "victim.child-helpline.maturity.evidence", Plan], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("\"maybe\" is not one of yes, no", errors[Plan], StringComparison.Ordinal);
        Assert.StartsWith("The evidence link", errors["victim.child-helpline.maturity.evidence"], StringComparison.Ordinal);
        Assert.Equal(0, await ReadAsync(db => db.Answers.CountAsync(Cancellation)));
        Assert.Equal(0, await ReadAsync(db => db.Submissions.CountAsync(Cancellation)));
    }

    [Fact]
    public async Task A_comment_without_an_answer_is_refused_rather_than_dropped()
    {
        await SaveAsync(KenyaFocalPoint, (Phase, "2"));

        var errors = await SaveInputsAsync(KenyaFocalPoint, new Dictionary<string, AnswerInput>
        {
            [Plan] = new(null, Comment: "We are asking the ministry"),
            [Phase] = new("", EvidenceUrl: "https://example.org/helpline-report"),
        });

        Assert.Equal([Phase, Plan], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, e => Assert.StartsWith("A comment or evidence link is kept with an answer", e, StringComparison.Ordinal));
        Assert.Equal("2", (await OpenAsync()).Answers[Phase].Value);
        Assert.False((await OpenAsync()).Answers.ContainsKey(Plan));
    }

    [Fact]
    public async Task Submitting_needs_every_required_shown_answer()
    {
        var required = EveryRequired();
        await SaveAsync(KenyaFocalPoint, required[1..]);
        var refused = await Assert.ThrowsAsync<SubmissionStateException>(() => StepAsync(s => s.SubmitAsync(KenyaFocalPoint, Kenya, null, Cancellation)));
        Assert.StartsWith("1 required answer is missing", refused.Message, StringComparison.Ordinal);

        // An action plan is optional, so its shown questions do not hold the submission back.
        await SaveAsync(KenyaFocalPoint, [required[0], (Plan, "yes")]);
        Assert.Contains(Target, (await OpenAsync()).Questionnaire.Questions.Where(q => q.ShownWhen is not null).Select(q => q.Id));
        await StepAsync(s => s.SubmitAsync(KenyaFocalPoint, Kenya, null, Cancellation));

        Assert.Equal(SubmissionStatus.Submitted, (await OpenAsync()).Status);
    }

    [Fact]
    public async Task A_focal_point_cannot_change_answers_once_submitted_nor_in_a_closed_round()
    {
        await SubmittedAsync();

        var afterSubmit = await Assert.ThrowsAsync<SubmissionStateException>(() => SaveAsync(KenyaFocalPoint, (Phase, "4")));
        Assert.Contains("with the secretariat", afterSubmit.Message, StringComparison.Ordinal);
        Assert.False((await OpenAsync(KenyaFocalPoint)).CanEdit);

        await StepAsync(s => s.QueryAsync(Analyst, Kenya, "Please check the helpline phase.", Phase, Cancellation));
        await StepAsync(async _ =>
        {
            await using var db = store.Open();
            await RoundAdministration.Compose(db, DomainPlugins.Catalog, clock).SetStatusAsync(Analyst, Round, RoundStatus.Closed, Cancellation);
        });

        var closed = await Assert.ThrowsAsync<SubmissionStateException>(() => SaveAsync(KenyaFocalPoint, (Phase, "4")));
        Assert.Contains("closed", closed.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<SubmissionStateException>(() => StepAsync(s => s.SubmitAsync(KenyaFocalPoint, Kenya, "Checked.", Cancellation)));
        Assert.Equal("2", (await OpenAsync()).Answers[Phase].Value);
    }

    [Fact]
    public async Task Query_reply_resubmit_validate_and_reopen_move_the_status_and_validation_moves_the_results_version()
    {
        await SubmittedAsync();
        var before = await ResultsVersionAsync();

        await StepAsync(s => s.QueryAsync(Analyst, Kenya, "Is the helpline really at phase 2?", Phase, Cancellation));
        var queried = await OpenAsync(KenyaFocalPoint);
        Assert.Equal((SubmissionStatus.Queried, "Is the helpline really at phase 2?", Phase), (queried.Status, queried.OpenQuery?.Comment, queried.OpenQuery?.QuestionId));
        Assert.True(queried.CanEdit);

        await SaveAsync(KenyaFocalPoint, (Phase, "3"));
        await Assert.ThrowsAsync<SubmissionStateException>(() => StepAsync(s => s.SubmitAsync(KenyaFocalPoint, Kenya, "  ", Cancellation)));
        await StepAsync(s => s.SubmitAsync(KenyaFocalPoint, Kenya, "It is phase 3: it runs around the clock since January.", Cancellation));
        Assert.Equal(before, await ResultsVersionAsync());

        await StepAsync(s => s.ValidateAsync(Analyst, Kenya, Cancellation));
        Assert.Equal(before + 1, await ResultsVersionAsync());
        var validated = await OpenAsync(KenyaFocalPoint);
        Assert.Equal(SubmissionStatus.Validated, validated.Status);
        Assert.False(validated.CanEdit);
        Assert.Null(validated.OpenQuery);
        Assert.Equal(
            [(SubmissionActions.Submitted, SubmissionStatus.Submitted, null), (SubmissionActions.Queried, SubmissionStatus.Queried, "Is the helpline really at phase 2?"),
             (SubmissionActions.Resubmitted, SubmissionStatus.Resubmitted, "It is phase 3: it runs around the clock since January."), (SubmissionActions.Validated, SubmissionStatus.Validated, (string?)null)],
            validated.Events.Select(e => (e.Action, e.ToStatus, e.Comment)));
        Assert.Equal(1, validated.Answers[Phase].Changes);

        await Assert.ThrowsAsync<SubmissionStateException>(() => StepAsync(s => s.QueryAsync(Analyst, Kenya, "Again?", null, Cancellation)));
        await StepAsync(s => s.ReopenAsync(Analyst, Kenya, "New evidence arrived", Cancellation));
        Assert.Equal(before + 2, await ResultsVersionAsync());
        Assert.Equal(SubmissionStatus.Submitted, (await OpenAsync()).Status);
        Assert.Equal(5, await ReadAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.SubmissionStep, Cancellation)));
    }

    [Fact]
    public async Task Only_the_countrys_own_focal_point_and_the_secretariat_touch_its_submission()
    {
        await SaveAsync(KenyaFocalPoint, (Phase, "2"));

        await Assert.ThrowsAsync<AccessDeniedException>(() => SaveAsync(GhanaFocalPoint, (Phase, "4")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => OpenAsync(GhanaFocalPoint));
        await Assert.ThrowsAsync<AccessDeniedException>(() => StepAsync(s => s.SubmitAsync(GhanaFocalPoint, Kenya, null, Cancellation)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => OpenAsync(Scope(Roles.Viewer)));
        await SubmittedAsync();
        await Assert.ThrowsAsync<AccessDeniedException>(() => StepAsync(s => s.ValidateAsync(KenyaFocalPoint, Kenya, Cancellation)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => StepAsync(s => s.QueryAsync(KenyaFocalPoint, Kenya, "Self-query", null, Cancellation)));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => StepAsync(s => s.SubmitAsync(KenyaFocalPoint, Kenya with { RoundCode = "no-such-round" }, null, Cancellation)));

        Assert.Equal("2", (await OpenAsync()).Answers[Phase].Value);
    }

    [Fact]
    public async Task An_answer_whose_condition_no_longer_holds_stays_stored_but_is_not_counted()
    {
        Assert.Empty(await SaveAsync(KenyaFocalPoint, (Phase, "2"), (Plan, "yes"), (Target, "3")));
        Assert.Equal(["3"], await CountedAsync(Target));

        Assert.Empty(await SaveAsync(KenyaFocalPoint, (Plan, "no")));

        Assert.Equal("3", (await OpenAsync()).Answers[Target].Value);
        Assert.Null(await CountedAsync(Target));
        Assert.Equal(["2"], await CountedAsync(Phase));
    }

    // What the indicator engine gets for Kenya's answer to a question (drafts included), or null.
    private async Task<IReadOnlyList<string>?> CountedAsync(string questionId)
    {
        await using var db = store.Open();
        var respondents = await new MnrPlatform.Data.Surveys.RoundRespondentReader(db, DomainPlugins.Catalog).ReadAsync(Round, includeUnvalidated: true, Cancellation);
        return Assert.Single(respondents).Answers.Values.GetValueOrDefault(questionId);
    }

    /// <summary>A clock the test moves.</summary>
    private sealed class TestClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public sealed class SqliteSubmissionServiceTests : SubmissionServiceTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlSubmissionServiceTests : SubmissionServiceTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
