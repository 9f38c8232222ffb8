using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Data.Tests.Instruments;

/// <summary>
/// Carry forward: a new round's questionnaires are pre-filled with the answers of the round it
/// carries forward from, marked so until the country confirms or changes each one; until then they
/// count neither for progress, nor for submitting, nor for indicators.
/// </summary>
public abstract class CarryForwardTests : IAsyncLifetime
{
    private const string Earlier = "2024-maturity";
    private const string Round = "2026-maturity";
    private const string Instrument = "maturity-self-assessment";
    private const string Phase = "victim.child-helpline.maturity.phase";
    private const string Plan = "victim.child-helpline.maturity.plan";
    private const string Evidence = "victim.child-helpline.maturity.evidence";
    private const string OtherPhase = "victim.child-protection-workforce.maturity.phase";

    private static readonly SubmissionKey Kenya = new(Round, "KEN", Instrument);
    private static readonly AccessScope KenyaFocalPoint = AccessScope.For(new PlatformPrincipal("fp-ken", "fp@example.org", [Roles.FocalPoint], "KEN"));

    private ITestStore store = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await using var db = await store.OpenPreparedAsync(Cancellation);

        var earlier = new SurveyRound { Code = Earlier, Name = "2024 self-assessment", Year = 2024, Status = RoundStatus.Published, IncomeClassificationYear = 2024 };
        earlier.Instruments.Add(new RoundInstrument { Code = Instrument });
        var kenya = new Submission { CountryIso3 = "KEN", InstrumentCode = Instrument, Status = SubmissionStatus.Validated };
        kenya.Answers.AddRange(
        [
            new Answer { QuestionId = Phase, Value = "2", Comment = "Helpline covers two regions.", SetBy = "fp@example.org" },
            new Answer { QuestionId = Plan, Value = "no" },
            new Answer { QuestionId = Evidence, Value = "National helpline report 2023" },
            new Answer { QuestionId = OtherPhase, Value = "1" },
        ]);
        earlier.Submissions.Add(kenya);
        earlier.Submissions.Add(new Submission { CountryIso3 = "GHA", InstrumentCode = Instrument, Status = SubmissionStatus.Validated, Answers = { new Answer { QuestionId = Phase, Value = "4" } } });

        // The new round asks only about the child helpline, invites Kenya (and Ghana, which is not in it).
        var round = new SurveyRound { Code = Round, Name = "2026 self-assessment", Year = 2026, Status = RoundStatus.Draft, IncomeClassificationYear = 2024, CarryForwardFrom = Earlier };
        round.Instruments.Add(new RoundInstrument { Code = Instrument, QuestionSelection = $"[\"{Phase}\",\"{Plan}\",\"{Evidence}\"]" });
        round.Participants.Add(new RoundParticipant { InstrumentCode = Instrument, CountryIso3 = "KEN" });
        db.SurveyRounds.AddRange(earlier, round);
        await db.SaveChangesAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Opening_carries_the_participants_answers_to_questions_of_the_new_questionnaire_marked_with_the_round()
    {
        Assert.Equal(3, await OpenAsync());

        await using var db = store.Open();
        var roundId = await db.SurveyRounds.Where(r => r.Code == Round).Select(r => r.Id).SingleAsync(Cancellation);
        var submissions = await db.Submissions.Include(s => s.Answers).Where(s => s.RoundId == roundId).ToListAsync(Cancellation);
        var kenya = Assert.Single(submissions);
        Assert.Equal(("KEN", SubmissionStatus.Draft), (kenya.CountryIso3, kenya.Status));
        Assert.Equal([Evidence, Phase, Plan], kenya.Answers.Select(a => a.QuestionId).Order(StringComparer.Ordinal));
        Assert.All(kenya.Answers, a => Assert.Equal(Earlier, a.CarriedFrom));
        Assert.Equal("Helpline covers two regions.", kenya.Answers.Single(a => a.QuestionId == Phase).Comment);
    }

    [Fact]
    public async Task Carried_answers_do_not_count_until_confirmed_and_saving_or_confirming_them_makes_them_count()
    {
        await OpenAsync();

        var view = await ViewAsync();
        Assert.Equal(Earlier, view.Answers[Phase].CarriedFrom);
        Assert.Equal("2024 self-assessment", view.CarriedFromRounds[Earlier]);
        Assert.Empty(view.ConfirmedValues);
        Assert.Empty(await CountedAsync());
        await using (var db = store.Open())
        {
            var summary = Assert.Single(await new SubmissionReader(db, DomainPlugins.Catalog, new AuditLog(db)).ListAsync(AccessScope.For(PlatformPrincipal.System("test")), Round, SubmissionFilter.None, Cancellation));
            Assert.Equal(0, summary.Answered);
            var refused = await Assert.ThrowsAsync<SubmissionStateException>(() => Service(db).SubmitAsync(KenyaFocalPoint, Kenya, null, Cancellation));
            Assert.Contains("missing", refused.Message, StringComparison.Ordinal);
        }

        await using (var db = store.Open())
        {
            // Saving the same value confirms it.
            Assert.Empty(await Service(db).SaveAsync(KenyaFocalPoint, Kenya, new Dictionary<string, AnswerInput> { [Phase] = new("2", "Helpline covers two regions.") }, Cancellation));
        }

        Assert.Null((await ViewAsync()).Answers[Phase].CarriedFrom);
        Assert.Equal([Phase], (await CountedAsync()).Keys);

        await using (var db = store.Open())
        {
            Assert.Equal(1, await Service(db).ConfirmCarriedAsync(KenyaFocalPoint, Kenya, [Plan], Cancellation));
            Assert.Equal(1, await Service(db).ConfirmCarriedAsync(KenyaFocalPoint, Kenya, null, Cancellation));
            Assert.Equal(0, await Service(db).ConfirmCarriedAsync(KenyaFocalPoint, Kenya, null, Cancellation));
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.CarriedAnswersConfirmed, Cancellation));
            await Service(db).SubmitAsync(KenyaFocalPoint, Kenya, null, Cancellation);
        }

        Assert.Equal([Evidence, Phase, Plan], (await CountedAsync()).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Another_countrys_focal_point_cannot_confirm_kenyas_answers()
    {
        await OpenAsync();
        await using var db = store.Open();
        var ghana = AccessScope.For(new PlatformPrincipal("fp-gha", "gha@example.org", [Roles.FocalPoint], "GHA"));

        await Assert.ThrowsAsync<AccessDeniedException>(() => Service(db).ConfirmCarriedAsync(ghana, Kenya, null, Cancellation));
    }

    [Fact]
    public async Task An_answer_the_new_questionnaire_no_longer_accepts_is_not_carried()
    {
        await using (var db = store.Open())
        {
            var stored = await db.Answers.SingleAsync(a => a.QuestionId == Plan, Cancellation);
            stored.Value = "maybe";
            await db.SaveChangesAsync(Cancellation);
        }

        Assert.Equal(2, await OpenAsync());
    }

    private async Task<int> OpenAsync()
    {
        await using var db = store.Open();
        var round = await db.SurveyRounds.Include(r => r.Instruments).SingleAsync(r => r.Code == Round, Cancellation);
        await new RoundQuestionnaires(db, DomainPlugins.Catalog, TimeProvider.System).FreezeAsync(round, Cancellation);
        var carried = await new CarryForward(db, DomainPlugins.Catalog).ApplyAsync(round, Cancellation);
        round.Status = RoundStatus.Open;
        await db.SaveChangesAsync(Cancellation);
        return carried;
    }

    private static SubmissionService Service(MnrDbContext db) => SubmissionService.Compose(db, DomainPlugins.Catalog, TimeProvider.System);

    private async Task<SubmissionView> ViewAsync()
    {
        await using var db = store.Open();
        return await new SubmissionReader(db, DomainPlugins.Catalog, new AuditLog(db)).OpenAsync(KenyaFocalPoint, Kenya, Cancellation);
    }

    // Kenya's answers as the indicator engine gets them (drafts included).
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> CountedAsync()
    {
        await using var db = store.Open();
        var respondents = await new RoundRespondentReader(db, DomainPlugins.Catalog).ReadAsync(Round, includeUnvalidated: true, Cancellation);
        return Assert.Single(respondents).Answers.Values;
    }
}

public sealed class SqliteCarryForwardTests : CarryForwardTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlCarryForwardTests : CarryForwardTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
