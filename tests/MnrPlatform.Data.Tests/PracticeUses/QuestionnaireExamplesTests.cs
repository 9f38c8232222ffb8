using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Practice;
using MnrPlatform.Data.Practice.Uses;
using MnrPlatform.Data.Store;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Data.Surveys.Workflow;
using static MnrPlatform.Data.Tests.PracticeUses.ExampleWorkflow;

namespace MnrPlatform.Data.Tests.PracticeUses;

/// <summary>
/// The victim plugin's example question (SDK 1.3) in a round of the government survey: the country's
/// example is recorded in the library with its round and question, changed as a new version, and
/// read back for the questionnaire, on SQLite and PostgreSQL.
/// </summary>
public abstract class QuestionnaireExamplesTests : IAsyncLifetime
{
    private const string Round = "2026-review";
    private const string Question = "victim.end-to-end-support.review.example";
    private static readonly SubmissionKey Moldova = new(Round, "MDA", "government-survey");

    private ITestStore store = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await using var db = await store.OpenPreparedAsync(Cancellation);
        var round = new SurveyRound { Code = Round, Name = "2026 review", Year = 2026, Status = RoundStatus.Open, IncomeClassificationYear = 2025 };
        round.Instruments.Add(new RoundInstrument { Code = "government-survey", Name = "Government survey" });
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static QuestionnaireExamples Service(MnrDbContext db) =>
        new(db, Examples(db), Library(db), new RoundQuestionnaires(db, DomainPlugins.Catalog, TimeProvider.System));

    private async Task<T> WithAsync<T>(Func<QuestionnaireExamples, MnrDbContext, Task<T>> action)
    {
        await using var db = store.Open();
        return await action(Service(db), db);
    }

    [Fact]
    public async Task A_focal_point_records_its_example_with_the_round_and_question_and_a_second_save_is_a_new_version()
    {
        var draft = Draft("ignored-the-question-decides", "Barnahus in Chisinau");
        var id = await WithAsync((s, _) => s.SaveAsync(FocalPoint("MDA"), Moldova, Question, draft, Cancellation));
        var again = await WithAsync((s, _) => s.SaveAsync(FocalPoint("MDA"), Moldova, Question, draft with { Title = "Barnahus in Chisinau and Balti" }, Cancellation));

        Assert.Equal(id, again);
        var stored = await WithAsync((_, db) => db.PracticeExamples.AsNoTracking().SingleAsync(Cancellation));
        Assert.Equal(("MDA", "end-to-end-support", "victim", Round, Question, 2, PracticeExampleStatus.Draft),
            (stored.CountryIso3, stored.CapabilityCode, stored.DomainCode, stored.RoundCode, stored.QuestionId, stored.Version, stored.Status));
        var read = await WithAsync((s, _) => s.ForSubmissionAsync(FocalPoint("MDA"), Moldova, Cancellation));
        var shown = Assert.Single(read);
        Assert.Equal((Question, "Barnahus in Chisinau and Balti", 2), (shown.Key, shown.Value.Draft.Title, shown.Value.Version));
        var audit = await WithAsync((_, db) => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.PracticeExampleAsked).ToListAsync(Cancellation));
        Assert.Equal($"{Moldova}: {Question}", Assert.Single(audit).NewValue);
    }

    [Fact]
    public async Task The_secretariat_sees_the_countrys_example_and_no_one_else_reads_or_writes_it()
    {
        await WithAsync((s, _) => s.SaveAsync(FocalPoint("MDA"), Moldova, Question, Draft("x", "Barnahus"), Cancellation));

        Assert.Single(await WithAsync((s, _) => s.ForSubmissionAsync(Analyst, Moldova, Cancellation)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAsync((s, _) => s.ForSubmissionAsync(FocalPoint("KEN"), Moldova, Cancellation)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAsync((s, _) => s.ForSubmissionAsync(Viewer, Moldova, Cancellation)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAsync((s, _) => s.SaveAsync(FocalPoint("KEN"), Moldova, Question, Draft("x", "Not ours"), Cancellation)));
        Assert.Equal(1, await WithAsync((_, db) => db.PracticeExamples.CountAsync(Cancellation)));
    }

    [Fact]
    public async Task A_question_that_does_not_ask_for_an_example_is_refused_naming_it()
    {
        var refused = await Assert.ThrowsAsync<PracticeException>(() =>
            WithAsync((s, _) => s.SaveAsync(FocalPoint("MDA"), Moldova, "victim.end-to-end-support.review.in-place", Draft("x", "Barnahus"), Cancellation)));

        Assert.Equal("questionId", refused.Field);
        Assert.Contains("'victim.end-to-end-support.review.in-place' is not an example question of the government-survey questionnaire in round 2026-review", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await WithAsync((_, db) => db.PracticeExamples.CountAsync(Cancellation)));
    }

    [Fact]
    public async Task A_failure_while_linking_the_example_to_its_question_leaves_nothing_recorded()
    {
        var builder = new DbContextOptionsBuilder<MnrDbContext>();
        builder.UseStore(store.Connection).AddInterceptors(new FailWhenLinked());
        var options = builder.Options;
        await using (var failing = new MnrDbContext(options))
        {
            var failed = await Assert.ThrowsAsync<DbUpdateException>(() => Service(failing).SaveAsync(FocalPoint("MDA"), Moldova, Question, Draft("x", "Barnahus"), Cancellation));
            Assert.Equal(FailWhenLinked.Message, failed.Message);
        }

        Assert.Equal(0, await WithAsync((_, db) => db.PracticeExamples.CountAsync(Cancellation)));
        Assert.Equal(0, await WithAsync((_, db) => db.AuditEntries.CountAsync(a => a.Action == AuditActions.PracticeExampleCreated || a.Action == AuditActions.PracticeExampleAsked, Cancellation)));
        var saved = await WithAsync((s, _) => s.SaveAsync(FocalPoint("MDA"), Moldova, Question, Draft("x", "Barnahus"), Cancellation));
        var stored = await WithAsync((_, db) => db.PracticeExamples.AsNoTracking().SingleAsync(Cancellation));
        Assert.Equal((saved, Round, Question), (stored.Id, stored.RoundCode, stored.QuestionId));
    }

    [Fact]
    public async Task A_refused_text_names_its_field_and_records_nothing()
    {
        var refused = await Assert.ThrowsAsync<PracticeException>(() =>
            WithAsync((s, _) => s.SaveAsync(FocalPoint("MDA"), Moldova, Question, Draft("x", "Barnahus", what: " "), Cancellation)));

        Assert.Equal(nameof(ExampleDraft.WhatWasDone), refused.Field);
        Assert.Equal(0, await WithAsync((_, db) => db.PracticeExamples.CountAsync(Cancellation)));
    }
}

// Fails the save that records the link's audit entry, after the example's own row was written.
internal sealed class FailWhenLinked : SaveChangesInterceptor
{
    public const string Message = "Simulated failure while linking the example to its question.";

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context!.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added && e.Entity.Action == AuditActions.PracticeExampleAsked))
        {
            throw new DbUpdateException(Message);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}

public sealed class SqliteQuestionnaireExamplesTests : QuestionnaireExamplesTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlQuestionnaireExamplesTests : QuestionnaireExamplesTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
