using Microsoft.EntityFrameworkCore;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Rounds;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Data.Tests.Rounds;

/// <summary>
/// A draft round's life: it only opens, with invited countries; and until it opens only the
/// secretariat sees it (round lists, submission lists, questionnaires, country profiles).
/// </summary>
public abstract class RoundLifecycleTests : IAsyncLifetime
{
    private const string Draft = "2027-review";
    private static readonly AccessScope Analyst = RoundSetupTests.Analyst;
    private static readonly AccessScope KenyaFocalPoint = RoundFixture.Scope(Roles.FocalPoint, "KEN");
    private static readonly AccessScope Viewer = RoundFixture.Scope(Roles.Viewer);

    private readonly RoundFixture fixture = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync() => await fixture.InitializeAsync(await CreateStoreAsync());

    public async ValueTask DisposeAsync()
    {
        await fixture.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private Task<string> CreateDraftAsync(params string[] countries) =>
        fixture.SetupAsync(s => s.CreateAsync(Analyst, new RoundDefinition(Draft, "2027 review", 2027, [RoundFixture.SelfAssessment]) { Countries = CountrySelection.Of(countries) }, Cancellation));

    [Theory]
    [InlineData(RoundStatus.Closed)]
    [InlineData(RoundStatus.Published)]
    public async Task A_draft_can_only_be_opened(RoundStatus to)
    {
        await CreateDraftAsync("KEN");

        var refused = await Assert.ThrowsAsync<SubmissionStateException>(() => fixture.AdministerAsync(Analyst, Draft, to));

        Assert.Contains("from draft to open", refused.Message, StringComparison.Ordinal);
        Assert.Equal([RoundStatus.Open], RoundAdministration.NextStatuses(RoundStatus.Draft));
        Assert.DoesNotContain(RoundStatus.Draft, RoundAdministration.NextStatuses(RoundStatus.Open));
    }

    [Fact]
    public async Task A_draft_without_invited_countries_does_not_open()
    {
        await CreateDraftAsync();

        var refused = await Assert.ThrowsAsync<SubmissionStateException>(() => fixture.AdministerAsync(Analyst, Draft, RoundStatus.Open));

        Assert.Contains("invites no country", refused.Message, StringComparison.Ordinal);
        Assert.Equal(RoundStatus.Draft, await fixture.ReadAsync(db => db.SurveyRounds.Where(r => r.Code == Draft).Select(r => r.Status).SingleAsync(Cancellation)));
    }

    [Fact]
    public async Task Opening_a_draft_freezes_its_questionnaires_and_records_when()
    {
        await CreateDraftAsync("KEN");
        fixture.Clock.Now = RoundFixture.Start.AddDays(2);

        await fixture.AdministerAsync(Analyst, Draft, RoundStatus.Open);

        var round = await fixture.ReadAsync(db => db.SurveyRounds.Include(r => r.Instruments).SingleAsync(r => r.Code == Draft, Cancellation));
        Assert.Equal((RoundStatus.Open, RoundFixture.Start.AddDays(2)), (round.Status, round.OpenedAt));
        Assert.All(round.Instruments, i => Assert.False(string.IsNullOrEmpty(i.Questionnaire)));
        Assert.Equal(1, await fixture.ReadAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.RoundChanged && e.Subject == Draft, Cancellation)));
    }

    [Fact]
    public async Task A_draft_is_listed_and_read_by_the_secretariat_only()
    {
        await CreateDraftAsync("KEN");
        await fixture.AddSubmissionAsync(Draft, "KEN", RoundFixture.SelfAssessment, SubmissionStatus.Draft);
        await using var db = fixture.Open();
        var directory = new RoundDirectory(db);
        var reader = new SubmissionReader(db, DomainPlugins.Catalog, new AuditLog(db));
        var overview = new RoundOverviewReader(db, directory, reader);

        Assert.DoesNotContain(await directory.ListAsync(Cancellation), r => r.Code == Draft);
        Assert.DoesNotContain(await directory.ListAsync(Viewer, Cancellation), r => r.Code == Draft);
        Assert.Equal(RoundStatus.Draft, Assert.Single(await directory.ListAsync(Analyst, Cancellation), r => r.Code == Draft).Status);
        Assert.Contains(await overview.ListAsync(Analyst, Cancellation), o => o.Round.Code == Draft);
        Assert.DoesNotContain(await overview.ListAsync(KenyaFocalPoint, Cancellation), o => o.Round.Code == Draft);
        Assert.Single(await reader.ListAsync(Analyst, Draft, SubmissionFilter.None, Cancellation));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => reader.ListAsync(KenyaFocalPoint, Draft, SubmissionFilter.None, Cancellation));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => reader.OpenAsync(KenyaFocalPoint, new SubmissionKey(Draft, "KEN", RoundFixture.SelfAssessment), Cancellation));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => new CountryProfileReader(db, DomainPlugins.Catalog, new AuditLog(db)).ReadAsync(KenyaFocalPoint, Draft, "KEN", Cancellation));
    }

    [Fact]
    public void Nobody_answers_in_a_draft_round_not_even_the_secretariat()
    {
        Assert.False(SubmissionRules.CanEdit(Analyst, RoundStatus.Draft, SubmissionStatus.Draft, "KEN"));
        Assert.False(SubmissionRules.CanEdit(KenyaFocalPoint, RoundStatus.Draft, SubmissionStatus.Draft, "KEN"));
        Assert.True(SubmissionRules.CanEdit(KenyaFocalPoint, RoundStatus.Open, SubmissionStatus.Draft, "KEN"));
    }
}

public sealed class SqliteRoundLifecycleTests : RoundLifecycleTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlRoundLifecycleTests : RoundLifecycleTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
