using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Data.Tests.Instruments;

/// <summary>
/// A round's questionnaire: live (narrowed to the round's selection) while the round is a draft,
/// frozen when it opens, so a plugin upgraded afterwards changes nothing in it and an answer to a
/// question the new version dropped stays readable.
/// </summary>
public abstract class RoundQuestionnaireTests : IAsyncLifetime
{
    private const string Round = "2026-open";
    private const string Instrument = "maturity-self-assessment";
    private const string Phase = "victim.child-helpline.maturity.phase";
    private const string Plan = "victim.child-helpline.maturity.plan";
    private const string Target = "victim.child-helpline.maturity.target-phase";

    private static readonly SubmissionKey Kenya = new(Round, "KEN", Instrument);
    private static readonly AccessScope KenyaFocalPoint = AccessScope.For(new PlatformPrincipal("fp-ken", "fp@example.org", [Roles.FocalPoint], "KEN"));

    private ITestStore store = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await using var db = await store.OpenPreparedAsync(Cancellation);
        var round = new SurveyRound { Code = Round, Name = "2026 self-assessment", Year = 2026, Status = RoundStatus.Draft, IncomeClassificationYear = 2024 };
        round.Instruments.Add(new RoundInstrument { Code = Instrument, Name = "Maturity self-assessment", QuestionSelection = $"[\"{Target}\",\"{Phase}\"]" });
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_draft_rounds_questionnaire_is_the_live_selection_with_the_questions_conditions_need()
    {
        await using var db = store.Open();

        var questionnaire = await new RoundQuestionnaires(db, DomainPlugins.Catalog, TimeProvider.System).ForAsync(Round, Instrument, Cancellation);

        Assert.Equal([Phase, Plan, Target], questionnaire.Questions.Select(q => q.Id).Order(StringComparer.Ordinal));
        Assert.Null((await db.Set<RoundInstrument>().SingleAsync(Cancellation)).FrozenAt);
    }

    [Fact]
    public async Task After_the_round_opens_a_plugin_that_drops_or_rewords_a_question_changes_nothing_in_it()
    {
        await OpenRoundAsync();
        await using (var db = store.Open())
        {
            var errors = await SubmissionService.Compose(db, DomainPlugins.Catalog, TimeProvider.System)
                .SaveAsync(KenyaFocalPoint, Kenya, new Dictionary<string, AnswerInput> { [Phase] = new("2"), [Plan] = new("no") }, Cancellation);
            Assert.Empty(errors);
        }

        var upgraded = WithoutPhaseAndPlanReworded();
        Assert.Null(upgraded.Question(Phase));

        await using (var db = store.Open())
        {
            var view = await new SubmissionReader(db, upgraded, new AuditLog(db)).OpenAsync(KenyaFocalPoint, Kenya, Cancellation);

            Assert.Equal([Phase, Plan, Target], view.Questionnaire.Questions.Select(q => q.Id).Order(StringComparer.Ordinal));
            Assert.Equal(DomainPlugins.Catalog.Question(Plan)!.Item.Text, view.Questionnaire.Question(Plan)!.Text);
            Assert.Equal(DomainPlugins.Catalog.Question(Phase)!.Item.Text, view.Questionnaire.Question(Phase)!.Text);
            Assert.Equal("2", view.Answers[Phase].Value);
        }

        await using (var db = store.Open())
        {
            // The frozen questionnaire still takes answers to the dropped question.
            var errors = await SubmissionService.Compose(db, upgraded, TimeProvider.System)
                .SaveAsync(KenyaFocalPoint, Kenya, new Dictionary<string, AnswerInput> { [Phase] = new("3") }, Cancellation);
            Assert.Empty(errors);
            var respondent = Assert.Single(await new Surveys.RoundRespondentReader(db, upgraded).ReadAsync(Round, includeUnvalidated: true, Cancellation));
            Assert.Equal(["3"], respondent.Answers.Values[Phase]);
        }
    }

    [Fact]
    public async Task Freezing_twice_keeps_the_first_snapshot()
    {
        await OpenRoundAsync();
        await using var db = store.Open();
        var round = await db.SurveyRounds.Include(r => r.Instruments).SingleAsync(Cancellation);
        var first = (round.Instruments[0].Questionnaire, round.Instruments[0].FrozenAt);

        await new RoundQuestionnaires(db, WithoutPhaseAndPlanReworded(), TimeProvider.System).FreezeAsync(round, Cancellation);

        Assert.Equal(first, (round.Instruments[0].Questionnaire, round.Instruments[0].FrozenAt));
    }

    private async Task OpenRoundAsync()
    {
        await using var db = store.Open();
        var round = await db.SurveyRounds.Include(r => r.Instruments).SingleAsync(Cancellation);
        await new RoundQuestionnaires(db, DomainPlugins.Catalog, TimeProvider.System).FreezeAsync(round, Cancellation);
        round.Status = RoundStatus.Open;
        await db.SaveChangesAsync(Cancellation);
        Assert.NotNull(round.Instruments[0].FrozenAt);
    }

    // The catalog after an upgrade of the victim plugin that drops the phase question and rewords the plan question.
    private static FrameworkCatalog WithoutPhaseAndPlanReworded() => new(DomainPlugins.Catalog.Plugins.Select(p => p.Content?.Domain.Code != "victim" ? p : p with
    {
        Content = p.Content with
        {
            Questions = [.. p.Content.Questions.Where(q => q.Id != Phase).Select(q => q.Id == Plan ? q with { Text = "Reworded in version 2" } : q)],
        },
    }));
}

public sealed class SqliteRoundQuestionnaireTests : RoundQuestionnaireTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlRoundQuestionnaireTests : RoundQuestionnaireTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
