using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Migrations;
using MnrPlatform.Data.Practice;

namespace MnrPlatform.Data.Tests.PracticeFiles;

/// <summary>Full-text search of examples in the store, with the same answers on SQLite and PostgreSQL.</summary>
public abstract class ExampleSearchTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public static TheoryData<string, string[]> Queries => SearchCorpus.Queries;

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task A_query_finds_exactly_the_examples_holding_all_its_words(string text, string[] titles)
    {
        await using var store = await CreateStoreAsync();
        await using var db = await store.OpenPreparedAsync(Cancellation);
        var ids = await SearchCorpus.AddAsync(db, Cancellation);

        var found = await new ExampleSearch(db).MatchingIdsAsync(text, Cancellation);

        Assert.Equal(titles.Select(t => ids[t]).Order(), found);
    }

    [Fact]
    public async Task The_search_follows_edits_and_deletions_of_the_text()
    {
        await using var store = await CreateStoreAsync();
        await using var db = await store.OpenPreparedAsync(Cancellation);
        var id = await ExampleRows.AddAsync(db, "KEN", "Helpline", "A toll-free line.", cancellationToken: Cancellation);
        var search = new ExampleSearch(db);
        Assert.Equal([id], await search.MatchingIdsAsync("toll free", Cancellation));

        var example = await db.PracticeExamples.SingleAsync(e => e.Id == id, Cancellation);
        example.WhatWasDone = "A free line, open day and night.";
        example.Lessons = "Train the counsellors.";
        await db.SaveChangesAsync(Cancellation);

        Assert.Empty(await search.MatchingIdsAsync("toll", Cancellation));
        Assert.Equal([id], await search.MatchingIdsAsync("night counsellor", Cancellation));

        db.PracticeExamples.Remove(example);
        await db.SaveChangesAsync(Cancellation);
        Assert.Empty(await search.MatchingIdsAsync("night", Cancellation));
    }

    [Fact]
    public async Task A_search_of_too_many_words_is_refused_naming_the_limit()
    {
        await using var store = await CreateStoreAsync();
        await using var db = await store.OpenPreparedAsync(Cancellation);

        var e = await Assert.ThrowsAsync<PracticeException>(() =>
            new ExampleSearch(db).MatchingIdsAsync(string.Join(' ', Enumerable.Range(1, ExampleSearch.MaxWords + 1).Select(i => $"w{i}")), Cancellation));

        Assert.Equal(nameof(ExampleQuery.Text), e.Field);
        Assert.Contains($"at most {ExampleSearch.MaxWords}", e.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteExampleSearchTests : ExampleSearchTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());

    [Fact]
    public async Task The_search_reads_the_fts5_table()
    {
        await using var store = new SqliteTestStore();
        await using var db = await ((ITestStore)store).OpenPreparedAsync(TestContext.Current.CancellationToken);
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """EXPLAIN QUERY PLAN SELECT rowid FROM "PracticeExampleSearch" WHERE "PracticeExampleSearch" MATCH '"x"*'""";

        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Contains("VIRTUAL TABLE INDEX", reader.GetString(3), StringComparison.Ordinal);
    }
}

public sealed class PostgreSqlExampleSearchTests : ExampleSearchTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();

    [Fact]
    public async Task The_search_uses_the_gin_index_not_a_scan()
    {
        await using var store = await PostgreSqlTestStore.CreateAsync();
        await using var db = await ((ITestStore)store).OpenPreparedAsync(TestContext.Current.CancellationToken);
        await SearchCorpus.AddAsync(db, TestContext.Current.CancellationToken);
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off", TestContext.Current.CancellationToken);

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""EXPLAIN SELECT "Id" FROM "PracticeExamples" WHERE {PracticeSearch.PostgreSqlDocument} @@ to_tsquery('mnr_search'::regconfig, 'mold:*')""";
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("Bitmap Index Scan on \"IX_PracticeExamples_Search\"", StringComparison.Ordinal));
    }
}
