using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests.Audit;

/// <summary>
/// The audit grid's query on 100,000 entries (SQLite): filtered, sorted and paged in the database,
/// counted right, and served by an index rather than a scan and a sort of the whole log.
/// </summary>
public sealed class AuditQueryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Entries = 100_000;
    private readonly SqliteTestStore store = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static readonly AccessScope Administrator =
        AccessScope.For(new PlatformPrincipal("id-admin", "admin@example.org", [Roles.Administrator], null));

    public async ValueTask InitializeAsync()
    {
        await using var db = ((ITestStore)store).Open();
        await StoreMigrator.MigrateAsync(db, NullLogger.Instance, Cancellation);
        // Every tenth entry is a user creation by one of 50 actors; the rest are reads of Kenya's data.
        await db.Database.ExecuteSqlRawAsync(
            $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Entries})
            INSERT INTO "AuditEntries" ("At", "Actor", "Action", "Subject", "CountryIso3")
            SELECT '2026-01-01 00:00:00+00:00', 'actor' || (i % 50) || '@example.org',
                   CASE i % 10 WHEN 0 THEN 'user.created' ELSE 'unit-data.read' END,
                   'subject ' || i, CASE i % 10 WHEN 0 THEN NULL ELSE 'KEN' END
            FROM n
            """,
            Cancellation);
    }

    public async ValueTask DisposeAsync() => await store.DisposeAsync();

    private async Task<PagedResult<Data.Entities.AuditEntry>> QueryAsync(AuditQuery query)
    {
        await using var db = ((ITestStore)store).Open();
        var watch = Stopwatch.StartNew();
        var result = await new AuditLog(db).QueryAsync(Administrator, query, Cancellation);
        output.WriteLine($"{query}: {result.Items.Count} of {result.Total} in {watch.ElapsedMilliseconds} ms");
        return result;
    }

    private async Task<string> PlanAsync(AuditQuery query)
    {
        await using var db = ((ITestStore)store).Open();
        var sql = string.Join('\n', query.Apply(db.AuditEntries.AsNoTracking()).Take(50).ToQueryString()
            .Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
        await using var connection = new SqliteConnection(store.Connection.ConnectionString);
        await connection.OpenAsync(Cancellation);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Cancellation);
        while (await reader.ReadAsync(Cancellation))
        {
            plan.Add(reader.GetString(3));
        }

        output.WriteLine(string.Join(" | ", plan));
        return string.Join('\n', plan);
    }

    [Fact]
    public async Task The_newest_page_and_a_deep_page_come_from_the_database_with_the_total()
    {
        var first = await QueryAsync(new AuditQuery(PageSize: 50));
        var deep = await QueryAsync(new AuditQuery(Page: 1500, PageSize: 50));

        Assert.Equal(Entries, first.Total);
        Assert.Equal(Enumerable.Range(Entries - 49, 50).Reverse().Select(i => (long)i), first.Items.Select(e => e.Id));
        Assert.Equal(Entries - 1500 * 50, deep.Items[0].Id);
    }

    [Fact]
    public async Task Filters_by_action_country_and_text_are_counted_and_combined()
    {
        var created = await QueryAsync(new AuditQuery(Action: AuditActions.UserCreated, PageSize: 10));
        var kenya = await QueryAsync(new AuditQuery(CountryIso3: "ken", PageSize: 10));
        var actor = await QueryAsync(new AuditQuery(Action: AuditActions.UserCreated, Text: "actor20@", PageSize: 10, Descending: false));
        var older = await QueryAsync(new AuditQuery(BeforeId: 101, Action: AuditActions.UserCreated));

        Assert.Equal(Entries / 10, created.Total);
        Assert.All(created.Items, e => Assert.Equal(AuditActions.UserCreated, e.Action));
        Assert.Equal(Entries - Entries / 10, kenya.Total);
        Assert.Equal(Entries / 50, actor.Total);
        Assert.Equal(20, actor.Items[0].Id);
        Assert.Equal(10, older.Total);
    }

    [Theory]
    [InlineData(null, AuditSort.When, true)]
    [InlineData(null, AuditSort.When, false)]
    [InlineData(AuditActions.UserCreated, AuditSort.When, true)]
    [InlineData(null, AuditSort.Action, false)]
    public async Task Each_sort_and_the_action_filter_use_an_index_rather_than_sorting_the_log(string? action, AuditSort sort, bool descending)
    {
        var plan = await PlanAsync(new AuditQuery(Action: action, Sort: sort, Descending: descending));

        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
        if (action is not null || sort == AuditSort.Action)
        {
            Assert.Contains("IX_AuditEntries_Action_Id", plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Only_those_who_may_read_the_audit_log_query_it()
    {
        await using var db = ((ITestStore)store).Open();
        var analyst = AccessScope.For(new PlatformPrincipal("id-analyst", "analyst@example.org", [Roles.Analyst], null));

        await Assert.ThrowsAsync<AccessDeniedException>(() => new AuditLog(db).QueryAsync(analyst, new AuditQuery(), Cancellation));
    }
}
