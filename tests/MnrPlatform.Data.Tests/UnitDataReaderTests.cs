using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests;

/// <summary>
/// The scope restricts real SQL queries, and the secretariat's reads are audited. There are no
/// answer tables yet, so a test table of country-owned rows stands in for them.
/// </summary>
public abstract class UnitDataReaderTests : IAsyncLifetime
{
    public sealed class TestAnswer : ICountryOwned
    {
        public int Id { get; set; }

        public required string CountryIso3 { get; set; }

        public required string Value { get; set; }
    }

    private sealed class AnswersContext(DbContextOptions<AnswersContext> options) : DbContext(options)
    {
        public DbSet<TestAnswer> Answers => Set<TestAnswer>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<TestAnswer>().ToTable("TestAnswers");
    }

    private ITestStore store = null!;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await using var db = store.Open();
        await StoreMigrator.MigrateAsync(db, NullLogger.Instance, TestContext.Current.CancellationToken);
        await using var answers = OpenAnswers();
        await answers.Database.ExecuteSqlRawAsync(
            "CREATE TABLE \"TestAnswers\" (\"Id\" INTEGER PRIMARY KEY, \"CountryIso3\" TEXT NOT NULL, \"Value\" TEXT NOT NULL)",
            TestContext.Current.CancellationToken);
        answers.Answers.AddRange(
            new TestAnswer { Id = 1, CountryIso3 = "KEN", Value = "yes" },
            new TestAnswer { Id = 2, CountryIso3 = "KEN", Value = "no" },
            new TestAnswer { Id = 3, CountryIso3 = "GHA", Value = "yes" },
            new TestAnswer { Id = 4, CountryIso3 = "PHL", Value = "no" });
        await answers.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private AnswersContext OpenAnswers()
    {
        var options = new DbContextOptionsBuilder<AnswersContext>();
        options.UseStore(store.Connection);
        return new AnswersContext(options.Options);
    }

    private static AccessScope ScopeOf(string role, string? country = null) =>
        AccessScope.For(new PlatformPrincipal("id-" + role, role + "@example.org", [role], country));

    private async Task<(IReadOnlyList<TestAnswer> Rows, List<Entities.AuditEntry> Audit)> ReadAsync(AccessScope scope)
    {
        await using var db = store.Open();
        await using var answers = OpenAnswers();
        var rows = await new UnitDataReader(new AuditLog(db)).ReadAsync(scope, answers.Answers.AsNoTracking(), "answers:test", TestContext.Current.CancellationToken);
        return (rows, await db.AuditEntries.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_focal_point_of_kenya_never_receives_rows_of_another_country()
    {
        var (rows, audit) = await ReadAsync(ScopeOf(Roles.FocalPoint, "KEN"));

        Assert.Equal([1, 2], rows.Select(r => r.Id).Order());
        Assert.All(rows, r => Assert.Equal("KEN", r.CountryIso3));
        Assert.Empty(audit);
    }

    [Fact]
    public async Task A_focal_point_asking_for_another_country_is_refused()
    {
        await using var db = store.Open();
        await using var answers = OpenAnswers();
        var reader = new UnitDataReader(new AuditLog(db));

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            reader.ReadCountryAsync(ScopeOf(Roles.FocalPoint, "KEN"), answers.Answers, "GHA", "answers:test", TestContext.Current.CancellationToken));
        var own = await reader.ReadCountryAsync(ScopeOf(Roles.FocalPoint, "GHA"), answers.Answers, "GHA", "answers:test", TestContext.Current.CancellationToken);
        Assert.Equal(3, Assert.Single(own).Id);
    }

    [Fact]
    public async Task The_secretariat_reads_every_country_and_each_read_country_is_audited()
    {
        var (rows, audit) = await ReadAsync(ScopeOf(Roles.Analyst));

        Assert.Equal(4, rows.Count);
        Assert.Equal(["GHA", "KEN", "PHL"], audit.Select(e => e.CountryIso3).Order());
        Assert.All(audit, e =>
        {
            Assert.Equal(AuditActions.UnitDataRead, e.Action);
            Assert.Equal("answers:test", e.Subject);
            Assert.Equal("Analyst@example.org", e.Actor);
        });
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(null)]
    public async Task Viewers_and_anonymous_read_no_unit_data(string? role)
    {
        var (rows, audit) = await ReadAsync(role is null ? AccessScope.Anonymous : ScopeOf(role));

        Assert.Empty(rows);
        Assert.Empty(audit);
    }
}

public sealed class SqliteUnitDataReaderTests : UnitDataReaderTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlUnitDataReaderTests : UnitDataReaderTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
