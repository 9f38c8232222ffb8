namespace MnrPlatform.Cli.Tests.Backup;

public sealed class DbBackupCommandTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly TempDirectory backups = new();

    private string Store => Path.Combine(data.Path, "mnr.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
        backups.Dispose();
    }

    [Fact]
    public async Task Backup_taken_while_another_connection_keeps_writing_is_one_committed_state()
    {
        Assert.Equal(0, (await Cli.RunAsync("db", "migrate", "--data-path", data.Path)).Exit);
        var file = Path.Combine(backups.Path, "online.db");

        await using var writer = new StoreWriter(Store);
        await writer.WaitForCommitsAsync(20);
        var (exit, output, error) = await Cli.RunAsync("db", "backup", "--data-path", data.Path, "--out", file);
        await writer.WaitForCommitsAsync(20);
        var commits = await writer.StopAsync();

        Assert.True(exit == 0, error);
        var counts = await StoreRows.CountAsync(file);
        Assert.Matches($"Wrote {System.Text.RegularExpressions.Regex.Escape(file)}: [0-9,]+ bytes, {counts.Keys.Count(name => name != "__EFMigrationsHistory")} tables, [0-9,]+ rows, schema at 20\\d+_\\w+ \\(\\d+ migrations\\); integrity_check ok\\.", output);
        Assert.Equal("ok", await StoreRows.IntegrityAsync(file));
        Assert.False(File.Exists(file + "-wal"), "a backup is one file");
        var imports = counts["ReferenceDataImports"];
        // A committed state: whole transactions only, taken after the first 20 commits and before the last 20.
        Assert.Equal(StoreWriter.KeysPerCommit * imports, counts["DataProtectionKeys"]);
        Assert.InRange(imports, 20, commits - 20);
        Assert.Equal(commits, (await StoreRows.CountAsync(Store))["ReferenceDataImports"]);
        Assert.Empty(Directory.GetFiles(backups.Path, "*.partial"));
    }

    [Fact]
    public async Task Backup_refuses_an_existing_file_unless_forced()
    {
        Assert.Equal(0, (await Cli.RunAsync("db", "migrate", "--data-path", data.Path)).Exit);
        var file = Path.Combine(backups.Path, "taken.db");
        await File.WriteAllTextAsync(file, "keep me", TestContext.Current.CancellationToken);

        var (exit, _, error) = await Cli.RunAsync("db", "backup", "--data-path", data.Path, "--out", file);

        Assert.Equal(1, exit);
        Assert.Contains($"{file} already exists; add --force to replace it.", error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));

        var forced = await Cli.RunAsync("db", "backup", "--data-path", data.Path, "--out", file, "--force");
        Assert.Equal(0, forced.Exit);
        Assert.Equal("ok", await StoreRows.IntegrityAsync(file));
    }

    [Fact]
    public async Task Backup_of_a_missing_store_names_it_and_writes_nothing()
    {
        var file = Path.Combine(backups.Path, "none.db");

        var (exit, _, error) = await Cli.RunAsync("db", "backup", "--data-path", data.Path, "--out", file);

        Assert.Equal(1, exit);
        Assert.Contains($"there is no store at {Store}: nothing to back up.", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("backup", "--out", "pg_dump -Fc")]
    [InlineData("restore", "--from", "pg_restore into a new, empty database")]
    public async Task On_postgresql_the_commands_point_at_pg_dump_and_the_readme(string command, string fileOption, string advice)
    {
        var (exit, output, error) = await Cli.RunAsync(
            "db", command, "--provider", "PostgreSql", "--connection-string", "Host=db.invalid;Database=mnr;Username=mnr",
            fileOption, Path.Combine(backups.Path, "x.dump"));

        Assert.Equal(2, exit);
        Assert.Contains("Store: PostgreSQL database mnr on db.invalid:5432", output, StringComparison.Ordinal);
        Assert.Contains(advice, error, StringComparison.Ordinal);
        Assert.Contains("README.md, section \"Backup and restore\"", error, StringComparison.Ordinal);
    }
}
