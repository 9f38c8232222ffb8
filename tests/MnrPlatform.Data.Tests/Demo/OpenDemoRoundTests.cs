using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Surveys;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Data.Tests.Demo;

/// <summary>
/// The open demo round (2026 self-assessment): a few countries in each state of the review, read
/// back through the platform's own submission reader and service, next to the two published rounds
/// the Figure 1 tests read.
/// </summary>
public abstract class OpenDemoRoundTests(SeededStoreFixture seeded)
{
    private const string Open = "2026-self-assessment";
    private const string Instrument = "maturity-self-assessment";
    private static readonly AccessScope Analyst = Scope(Roles.Analyst);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    [Fact]
    public async Task The_open_round_is_open_labelled_and_names_its_instrument()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);
        await using var db = store.Open();

        var round = await db.SurveyRounds.Include(r => r.Instruments).SingleAsync(r => r.Code == Open, Cancellation);

        Assert.Equal((RoundStatus.Open, "2026 self-assessment", 2026, 2026), (round.Status, round.Name, round.Year, round.IncomeClassificationYear));
        Assert.Equal(Data.Demo.DemoDataset.Label, round.SyntheticDataLabel);
        var instrument = Assert.Single(round.Instruments);
        Assert.Equal((Instrument, "Maturity self-assessment", "National focal point"), (instrument.Code, instrument.Name, instrument.RespondentType));
    }

    [Fact]
    public async Task Every_round_names_its_instruments_and_who_answers_them()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);
        await using var db = store.Open();

        var instruments = await db.Set<RoundInstrument>().Select(i => new { i.Code, i.Name, i.RespondentType }).ToListAsync(Cancellation);

        Assert.Equal(4, instruments.Count);
        Assert.Contains(instruments, i => i is { Code: "government-survey", Name: "Government survey", RespondentType: "Government focal point" });
        Assert.Contains(instruments, i => i is { Code: "unicef-country-office-survey", Name: "UNICEF country-office survey", RespondentType: "UNICEF country office" });
        Assert.Equal(2, instruments.Count(i => i is { Code: Instrument, Name: "Maturity self-assessment", RespondentType: "National focal point" }));
    }

    [Fact]
    public async Task The_open_round_shows_each_state_of_the_review_and_kenya_has_a_draft_to_continue()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);
        await using var db = store.Open();

        var submissions = await Reader(db).ListAsync(Analyst, Open, SubmissionFilter.None, Cancellation);

        Assert.Equal(
            [SubmissionStatus.Draft, SubmissionStatus.Submitted, SubmissionStatus.Queried, SubmissionStatus.Validated],
            submissions.Select(s => s.Status).Distinct().Order());
        var kenya = Assert.Single(submissions, s => s.Key.CountryIso3 == DemoAccounts.FocalPointCountry);
        Assert.Equal(SubmissionStatus.Draft, kenya.Status);
        Assert.InRange(kenya.Answered, 1, kenya.Shown - 1);
        // Drafts are partly answered (to different extents); the others are complete.
        var drafts = submissions.Where(s => s.Status == SubmissionStatus.Draft).ToList();
        Assert.True(drafts.Count >= 2, "fewer than two drafts");
        Assert.All(drafts, d => Assert.InRange(d.Answered, 1, d.Shown - 1));
        Assert.Equal(drafts.Count, drafts.Select(d => d.Answered).Distinct().Count());
        Assert.All(submissions.Where(s => s.Status != SubmissionStatus.Draft), s => Assert.Equal(s.Shown, s.Answered));
        Assert.All(submissions, s => Assert.Equal(Instrument, s.Key.InstrumentCode));
    }

    [Fact]
    public async Task The_queried_submission_carries_the_secretariats_question_and_the_validated_one_its_steps()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);
        await using var db = store.Open();
        var submissions = await Reader(db).ListAsync(Analyst, Open, SubmissionFilter.None, Cancellation);

        var queried = await Reader(db).OpenAsync(Analyst, Assert.Single(submissions, s => s.Status == SubmissionStatus.Queried).Key, Cancellation);
        var validated = await Reader(db).OpenAsync(Analyst, Assert.Single(submissions, s => s.Status == SubmissionStatus.Validated).Key, Cancellation);

        var query = queried.OpenQuery;
        Assert.NotNull(query);
        Assert.Contains("helpline", query.Comment, StringComparison.Ordinal);
        Assert.NotNull(queried.Questionnaire.Question(query.QuestionId!));
        Assert.Equal([SubmissionActions.Submitted, SubmissionActions.Queried], queried.Events.Select(e => e.Action));
        Assert.Equal([SubmissionActions.Submitted, SubmissionActions.Validated], validated.Events.Select(e => e.Action));
        Assert.True(queried.Events[0].At < queried.Events[1].At);
        Assert.True(queried.Questionnaire.Missing(queried.Values).Count == 0);
    }

    [Fact]
    public async Task The_open_round_is_not_among_the_published_results_and_its_validated_answers_only_its_own()
    {
        var store = await seeded.GetAsync(CreateStoreAsync);

        var validated = await DemoStore.RespondentsAsync(store, Open);
        var published = await DemoStore.RespondentsAsync(store, "2023-self-assessment");

        Assert.Single(validated);
        Assert.Equal(42, published.Count);
    }

    [Fact]
    public async Task A_second_store_gets_the_same_open_round_and_the_secretariat_can_validate_its_submitted_answers()
    {
        var first = await seeded.GetAsync(CreateStoreAsync);
        await using var store = await CreateStoreAsync();
        await DemoStore.SeedAsync(store);
        await using var db = store.Open();
        await using var firstDb = first.Open();
        var again = await Reader(db).ListAsync(Analyst, Open, SubmissionFilter.None, Cancellation);
        var before = await Reader(firstDb).ListAsync(Analyst, Open, SubmissionFilter.None, Cancellation);
        Assert.Equal(
            before.Select(s => (s.Key, s.Status, s.Answered, s.Shown)),
            again.Select(s => (s.Key, s.Status, s.Answered, s.Shown)));
        var submitted = Assert.Single(again, s => s.Status == SubmissionStatus.Submitted);
        var service = SubmissionService.Compose(db, DomainPlugins.Catalog, TimeProvider.System);

        await service.ValidateAsync(Analyst, submitted.Key, Cancellation);

        Assert.Equal(2, (await Reader(db).ListAsync(Analyst, Open, new SubmissionFilter(SubmissionStatus.Validated), Cancellation)).Count);
    }

    private static SubmissionReader Reader(MnrDbContext db) => new(db, DomainPlugins.Catalog, new AuditLog(db));

    private static AccessScope Scope(string role) =>
        AccessScope.For(new PlatformPrincipal("id-" + role, $"{role}@example.org", [role], null));
}

public sealed class SqliteOpenDemoRoundTests(SeededStoreFixture seeded) : OpenDemoRoundTests(seeded), IClassFixture<SeededStoreFixture>
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlOpenDemoRoundTests(SeededStoreFixture seeded) : OpenDemoRoundTests(seeded), IClassFixture<SeededStoreFixture>
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
