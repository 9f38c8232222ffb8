using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests;

/// <summary>
/// The hand-written migrations, the hand-written snapshot and the model must agree (see
/// host/MnrPlatform.Data/Migrations/README.md). Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class MigrationTests
{
    protected abstract Task<ITestStore> CreateStoreAsync();

    [Fact]
    public async Task After_migrating_an_empty_database_no_model_changes_are_pending()
    {
        await using var store = await CreateStoreAsync();
        await using var db = store.Open();

        var applied = await StoreMigrator.MigrateAsync(db, NullLogger.Instance, TestContext.Current.CancellationToken);

        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from MnrDbContextModelSnapshot: update the snapshot and add a migration.");
    }

    [Fact]
    public async Task Migrated_schema_equals_the_schema_created_from_the_model()
    {
        await using var migratedStore = await CreateStoreAsync();
        await using var createdStore = await CreateStoreAsync();
        await using var migrated = migratedStore.Open();
        await using var created = createdStore.Open();

        await StoreMigrator.MigrateAsync(migrated, NullLogger.Instance, TestContext.Current.CancellationToken);
        await created.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        await AddSearchObjectsAsync(created);

        var fromMigrations = await SchemaDump.ReadAsync(migrated);
        var fromModel = await SchemaDump.ReadAsync(created);
        Assert.NotEmpty(fromModel);
        Assert.Equal(fromModel, fromMigrations);
    }

    [Fact]
    public async Task The_migrated_schema_holds_the_search_objects_beside_the_model()
    {
        await using var store = await CreateStoreAsync();
        await using var db = store.Open();

        await StoreMigrator.MigrateAsync(db, NullLogger.Instance, TestContext.Current.CancellationToken);

        var schema = await SchemaDump.ReadAsync(db);
        var expected = db.Database.IsSqlite()
            ? new[] { "virtual PracticeExampleSearch ", "trigger PracticeExamples.PracticeExampleSearch_Insert ", "trigger PracticeExamples.PracticeExampleSearch_Update ", "trigger PracticeExamples.PracticeExampleSearch_Delete " }
            : ["index PracticeExamples.IX_PracticeExamples_Search CREATE INDEX \"IX_PracticeExamples_Search\" ON public.\"PracticeExamples\" USING gin (to_tsvector('mnr_search'::regconfig", "extension unaccent", "text-search mnr_search.word unaccent,simple"];
        Assert.All(expected, line => Assert.Contains(schema, l => l.StartsWith(line, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The full-text search objects are raw SQL outside the EF model (migration PracticeSearch), so
    /// a database created from the model gets them the same way before the two are compared.
    /// </summary>
    private static async Task AddSearchObjectsAsync(MnrDbContext db)
    {
        foreach (var statement in db.Database.IsSqlite() ? MnrPlatform.Data.Migrations.PracticeSearch.SqliteUp : MnrPlatform.Data.Migrations.PracticeSearch.PostgreSqlUp)
        {
            await db.Database.ExecuteSqlRawAsync(statement.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        await using var store = await CreateStoreAsync();
        await using (var first = store.Open())
        {
            await StoreMigrator.MigrateAsync(first, NullLogger.Instance, TestContext.Current.CancellationToken);
        }

        await using var second = store.Open();
        var applied = await StoreMigrator.MigrateAsync(second, NullLogger.Instance, TestContext.Current.CancellationToken);

        Assert.Empty(applied);
    }
}

public sealed class SqliteMigrationTests : MigrationTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());

    [Fact]
    public async Task Sqlite_file_is_switched_to_write_ahead_logging()
    {
        await using var store = new SqliteTestStore();
        await using var db = ((ITestStore)store).Open();

        await StoreMigrator.MigrateAsync(db, NullLogger.Instance, TestContext.Current.CancellationToken);

        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode").SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal("wal", mode);
    }
}

public sealed class PostgreSqlMigrationTests : MigrationTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
