using Microsoft.Data.Sqlite;

namespace MnrPlatform.Cli.Tests.Backup;

public sealed class DbRestoreCommandTests(DemoStore demo) : IClassFixture<DemoStore>, IDisposable
{
    private readonly TempDirectory data = new();
    private readonly TempDirectory backups = new();

    private string Store => Path.Combine(data.Path, "mnr.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        data.Dispose();
        backups.Dispose();
    }

    [Fact]
    public async Task Restore_of_a_backup_gives_the_same_counts_and_the_cli_works_on_it()
    {
        var file = await BackUpDemoAsync();
        var backupCounts = await StoreRows.CountAsync(file);

        var (exit, output, error) = await Cli.RunAsync("db", "restore", "--data-path", data.Path, "--from", file);

        Assert.True(exit == 0, error);
        Assert.Contains($"Restored {Store}: ", output, StringComparison.Ordinal);
        Assert.Equal("ok", await StoreRows.IntegrityAsync(Store));
        Assert.Equal(backupCounts, await StoreRows.CountAsync(Store));
        Assert.Equal(await StoreRows.CountAsync(Path.Combine(demo.DataPath, "mnr.db")), backupCounts);
        Assert.True(backupCounts["Answers"] > 1000, $"{backupCounts["Answers"]} answers");
        Assert.Contains("The schema is up to date.", (await Cli.RunAsync("db", "migrate", "--data-path", data.Path)).Output, StringComparison.Ordinal);
        Assert.Equal(RoundsOf(await Cli.RunAsync("rounds", "list", "--data-path", demo.DataPath)), RoundsOf(await Cli.RunAsync("rounds", "list", "--data-path", data.Path)));
    }

    [Fact]
    public async Task Forced_restore_replaces_a_store_in_use_and_an_open_connection_sees_the_backup()
    {
        var file = await BackUpDemoAsync();
        Assert.Equal(0, (await Cli.RunAsync("db", "migrate", "--data-path", data.Path)).Exit);
        await using (var writer = new StoreWriter(Store))
        {
            await writer.WaitForCommitsAsync(10);
            await writer.StopAsync();
        }

        // An idle connection, as a host's pool keeps, across the restore.
        await using var open = new SqliteConnection(StoreRows.Connection(Store));
        await open.OpenAsync(TestContext.Current.CancellationToken);
        Assert.True(await StoreRows.ScalarAsync(open, "SELECT COUNT(*) FROM DataProtectionKeys") >= 50);

        var (exit, _, error) = await Cli.RunAsync("db", "restore", "--data-path", data.Path, "--from", file, "--force");

        Assert.True(exit == 0, error);
        var expected = await StoreRows.CountAsync(file);
        Assert.Equal(expected["DataProtectionKeys"], await StoreRows.ScalarAsync(open, "SELECT COUNT(*) FROM DataProtectionKeys"));
        Assert.Equal(expected["Answers"], await StoreRows.ScalarAsync(open, "SELECT COUNT(*) FROM Answers"));
        Assert.Equal(expected, await StoreRows.CountAsync(Store));
        Assert.Equal("ok", await StoreRows.IntegrityAsync(Store));
    }

    [Fact]
    public async Task Restore_over_an_existing_store_needs_force()
    {
        var file = await BackUpDemoAsync();
        var before = await PrepareCurrentStoreAsync();

        var (exit, _, error) = await Cli.RunAsync("db", "restore", "--data-path", data.Path, "--from", file);

        Assert.Equal(1, exit);
        Assert.Contains($"the store {Store} already exists and a restore replaces everything in it; add --force", error, StringComparison.Ordinal);
        Assert.Equal(before, await StoreRows.CountAsync(Store));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_the_store_is_untouched()
    {
        var before = await PrepareCurrentStoreAsync();
        var file = Path.Combine(backups.Path, "notes.db");
        await File.WriteAllTextAsync(file, "these are not the pages you are looking for", TestContext.Current.CancellationToken);

        var (exit, _, error) = await Cli.RunAsync("db", "restore", "--data-path", data.Path, "--from", file, "--force");

        Assert.Equal(1, exit);
        Assert.Contains($"error: {file} is not a readable SQLite database (SQLite: SQLite Error 26: 'file is not a database').", error, StringComparison.Ordinal);
        Assert.Equal(before, await StoreRows.CountAsync(Store));
    }

    [Fact]
    public async Task A_sqlite_file_of_another_application_is_refused_and_the_store_is_untouched()
    {
        var before = await PrepareCurrentStoreAsync();
        var file = Path.Combine(backups.Path, "other.db");
        await StoreRows.ExecuteAsync(file, "CREATE TABLE Recipes (Name TEXT); INSERT INTO Recipes VALUES ('bread');");

        var (exit, _, error) = await Cli.RunAsync("db", "restore", "--data-path", data.Path, "--from", file, "--force");

        Assert.Equal(1, exit);
        Assert.Contains($"{file} is a SQLite database but not an MnrPlatform store: its migration history lacks 20261122000000_Foundation; nothing was restored.", error, StringComparison.Ordinal);
        Assert.Equal(before, await StoreRows.CountAsync(Store));
    }

    [Fact]
    public async Task A_backup_with_a_newer_schema_is_refused_and_the_store_is_untouched()
    {
        var file = await BackUpDemoAsync();
        await StoreRows.ExecuteAsync(file, "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '10.0.14');");
        var before = await PrepareCurrentStoreAsync();

        var (exit, _, error) = await Cli.RunAsync("db", "restore", "--data-path", data.Path, "--from", file, "--force");

        Assert.Equal(1, exit);
        Assert.Contains($"{file} has a newer schema than this build of mnr: its migration(s) 29990101000000_FromTheFuture are unknown here", error, StringComparison.Ordinal);
        Assert.Equal(before, await StoreRows.CountAsync(Store));
    }

    [Fact]
    public async Task A_restore_that_fails_while_a_host_writes_leaves_the_store_as_it_was()
    {
        var file = await BackUpDemoAsync();
        var before = await PrepareCurrentStoreAsync();
        await using var host = new SqliteConnection(StoreRows.Connection(Store));
        await host.OpenAsync(TestContext.Current.CancellationToken);
        await using var transaction = await host.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using (var write = host.CreateCommand())
        {
            write.CommandText = "INSERT INTO DataProtectionKeys (FriendlyName, Xml) VALUES ('in flight', '<key/>')";
            await write.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var (exit, _, error) = await Cli.RunAsync("db", "restore", "--data-path", data.Path, "--from", file, "--force");
        await transaction.RollbackAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, exit);
        Assert.Contains($"into {Store} failed (SQLite: ", error, StringComparison.Ordinal);
        Assert.Contains("the store is as it was. Stop every host using it and try again.", error, StringComparison.Ordinal);
        Assert.Equal(before, await StoreRows.CountAsync(Store));
        Assert.Equal("ok", await StoreRows.IntegrityAsync(Store));
    }

    private async Task<string> BackUpDemoAsync()
    {
        Assert.Equal(0, demo.Load.Exit);
        var file = Path.Combine(backups.Path, "demo.db");
        var (exit, _, error) = await Cli.RunAsync("db", "backup", "--data-path", demo.DataPath, "--out", file);
        Assert.True(exit == 0, error);
        return file;
    }

    /// <summary>A migrated store with some writes of its own; returns its counts.</summary>
    private async Task<SortedDictionary<string, long>> PrepareCurrentStoreAsync()
    {
        Assert.Equal(0, (await Cli.RunAsync("db", "migrate", "--data-path", data.Path)).Exit);
        await using (var writer = new StoreWriter(Store))
        {
            await writer.WaitForCommitsAsync(3);
            await writer.StopAsync();
        }

        var counts = await StoreRows.CountAsync(Store);
        Assert.True(counts["DataProtectionKeys"] >= 15);
        return counts;
    }

    private static string RoundsOf((int Exit, string Output, string Error) run)
    {
        Assert.True(run.Exit == 0, run.Error);
        return string.Join('\n', run.Output.Split('\n').Where(l => !l.StartsWith("Store: ", StringComparison.Ordinal)));
    }
}
