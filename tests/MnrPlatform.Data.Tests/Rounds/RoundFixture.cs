using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Instruments;
using MnrPlatform.Data.Surveys.Rounds;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Data.Tests.Rounds;

/// <summary>
/// A migrated store with the reference data, two instruments in the Instruments table and an old
/// published round with submissions (GHA, IND) but no participant rows; a clock the test moves.
/// </summary>
internal sealed class RoundFixture
{
    public const string Government = "government-survey";
    public const string SelfAssessment = "maturity-self-assessment";
    public const string OldRound = "2021-review";
    public const string PhaseQuestion = "victim.child-helpline.maturity.phase";

    public static readonly DateTimeOffset Start = new(2027, 1, 10, 9, 0, 0, TimeSpan.Zero);

    private ITestStore store = null!;

    public TestClock Clock { get; } = new(Start);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static AccessScope Scope(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role + country, $"{role}{country}@example.org", [role], country));

    public async Task InitializeAsync(ITestStore testStore)
    {
        store = testStore;
        await using var db = await store.OpenPreparedAsync(Cancellation);
        db.Instruments.Add(new Instrument { Code = Government, Name = "Government survey", RespondentType = "Government focal point", DeclaredBy = "[\"victim\"]" });
        db.Instruments.Add(new Instrument { Code = SelfAssessment, Name = "Maturity self-assessment", RespondentType = "National focal point", DeclaredBy = "[\"victim\"]" });
        var old = new SurveyRound { Code = OldRound, Name = "2021 review", Year = 2021, Status = RoundStatus.Published, IncomeClassificationYear = 2022 };
        old.Instruments.Add(new RoundInstrument { Code = Government, Name = "Government survey" });
        old.Submissions.Add(new Submission { CountryIso3 = "GHA", InstrumentCode = Government, Status = SubmissionStatus.Validated });
        old.Submissions.Add(new Submission { CountryIso3 = "IND", InstrumentCode = Government, Status = SubmissionStatus.Validated });
        db.SurveyRounds.Add(old);
        await db.SaveChangesAsync(Cancellation);
    }

    public ValueTask DisposeAsync() => store?.DisposeAsync() ?? ValueTask.CompletedTask;

    public MnrDbContext Open() => store.Open();

    public async Task<T> SetupAsync<T>(Func<RoundSetup, Task<T>> action)
    {
        await using var db = store.Open();
        return await action(new RoundSetup(db, new AuditLog(db), DomainPlugins.Catalog, Clock));
    }

    public async Task AdministerAsync(AccessScope scope, string roundCode, RoundStatus status)
    {
        await using var db = store.Open();
        await RoundAdministration.Compose(db, DomainPlugins.Catalog, Clock).SetStatusAsync(scope, roundCode, status, Cancellation);
    }

    public async Task<T> ReadAsync<T>(Func<MnrDbContext, Task<T>> query)
    {
        await using var db = store.Open();
        return await query(db);
    }

    // Moves a round past the steps this test is not about (opening freezes questionnaires).
    public async Task SetStatusDirectlyAsync(string roundCode, RoundStatus status)
    {
        await using var db = store.Open();
        var round = await db.SurveyRounds.SingleAsync(r => r.Code == roundCode, Cancellation);
        round.Status = status;
        await db.SaveChangesAsync(Cancellation);
    }

    public async Task AddSubmissionAsync(string roundCode, string country, string instrument, SubmissionStatus status)
    {
        await using var db = store.Open();
        var round = await db.SurveyRounds.SingleAsync(r => r.Code == roundCode, Cancellation);
        db.Submissions.Add(new Submission { RoundId = round.Id, CountryIso3 = country, InstrumentCode = instrument, Status = status, UpdatedAt = Clock.Now });
        await db.SaveChangesAsync(Cancellation);
    }

    /// <summary>A clock the test moves.</summary>
    internal sealed class TestClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
