using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Data.Tests.Dashboard;

/// <summary>The secretariat dashboard's counts on a real migrated store: open rounds only, every status, exchanges waiting for consent.</summary>
public abstract class SecretariatDashboardReaderTests : IAsyncLifetime
{
    private ITestStore store = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    private static AccessScope Scope(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role, $"{role}@example.org", [role], country));

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await using var db = await store.OpenPreparedAsync(Cancellation);

        var open = new SurveyRound { Code = "2025-open", Name = "2025 survey", Year = 2025, Status = RoundStatus.Open, IncomeClassificationYear = 2024 };
        open.Instruments.Add(new RoundInstrument { Code = "b-maturity", Name = "Maturity self-assessment" });
        open.Instruments.Add(new RoundInstrument { Code = "a-capability" });
        Add(open, "KEN", "b-maturity", SubmissionStatus.Submitted);
        Add(open, "GHA", "b-maturity", SubmissionStatus.Resubmitted);
        Add(open, "PHL", "b-maturity", SubmissionStatus.Queried);
        Add(open, "KEN", "a-capability", SubmissionStatus.Draft);
        Add(open, "GHA", "a-capability", SubmissionStatus.Validated);
        var closed = new SurveyRound { Code = "2022-review", Name = "2022 review", Year = 2022, Status = RoundStatus.Closed, IncomeClassificationYear = 2021 };
        closed.Instruments.Add(new RoundInstrument { Code = "b-maturity", Name = "Maturity self-assessment" });
        Add(closed, "KEN", "b-maturity", SubmissionStatus.Queried);
        db.SurveyRounds.AddRange(open, closed);
        db.Exchanges.AddRange(Exchange(ExchangeStatus.ConsentRequested), Exchange(ExchangeStatus.ConsentRequested), Exchange(ExchangeStatus.Arranged));
        await db.SaveChangesAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static void Add(SurveyRound round, string country, string instrument, SubmissionStatus status) =>
        round.Submissions.Add(new Submission { CountryIso3 = country, InstrumentCode = instrument, Status = status, UpdatedAt = DateTimeOffset.UtcNow });

    private static Exchange Exchange(ExchangeStatus status) => new()
    {
        RoundCode = "2025-open",
        CapabilityCode = "victim.child-helpline",
        Status = status,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };

    private async Task<SecretariatWorkload> ReadAsync(AccessScope scope)
    {
        await using var db = store.Open();
        return await new SecretariatDashboardReader(db, TimeProvider.System).ReadAsync(scope, Cancellation);
    }

    [Fact]
    public async Task Open_rounds_are_counted_by_instrument_and_status_with_zeros_and_without_closed_rounds()
    {
        var workload = await ReadAsync(Scope(Roles.Analyst));

        var round = Assert.Single(workload.OpenRounds);
        Assert.Equal(("2025-open", "2025 survey", 2025), (round.Code, round.Name, round.Year));
        Assert.Equal(["a-capability", "b-maturity"], round.Instruments.Select(i => i.Code));
        Assert.Equal("a-capability", round.Instruments[0].Name);
        var maturity = round.Instruments[1];
        Assert.Equal(Enum.GetValues<SubmissionStatus>(), maturity.Counts.Select(c => c.Status));
        Assert.Equal([0, 1, 1, 1, 0], maturity.Counts.Select(c => c.Count));
        Assert.Equal(3, maturity.Total);
        Assert.Equal(2, round.AwaitingValidation);
        Assert.Equal(1, workload.QueriesAwaitingAnswer);
        Assert.Equal(2, workload.AwaitingValidation);
        Assert.Equal(2, workload.ExchangesAwaitingConsent);
    }

    [Theory]
    [InlineData(Roles.FocalPoint, "KEN")]
    [InlineData(Roles.Viewer, null)]
    public async Task Only_the_secretariat_reads_the_dashboard(string role, string? country)
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => ReadAsync(Scope(role, country)));
    }
}

public sealed class SqliteSecretariatDashboardReaderTests : SecretariatDashboardReaderTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlSecretariatDashboardReaderTests : SecretariatDashboardReaderTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
