namespace MnrPlatform.Cli.Tests;

public sealed class DbCommandTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    [Fact]
    public async Task Status_of_a_new_store_lists_every_migration_as_pending()
    {
        var (exit, output, _) = await Cli.RunAsync("db", "status", "--data-path", data.Path);

        Assert.Equal(0, exit);
        Assert.Contains("pending  20261122000000_Foundation", output, StringComparison.Ordinal);
        Assert.Contains("0 applied, 4 pending.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_the_sqlite_file_and_then_status_shows_it_applied()
    {
        var (exit, output, _) = await Cli.RunAsync("db", "migrate", "--data-path", data.Path);

        Assert.Equal(0, exit);
        Assert.Contains("Applied 4 migration(s): 20261122000000_Foundation, 20261122100000_Accounts, 20261122200000_SurveyData, 20261122300000_Exchanges", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data.Path, "mnr.db")));

        var (_, status, _) = await Cli.RunAsync("db", "status", "--data-path", data.Path);
        Assert.Contains("4 applied, 0 pending.", status, StringComparison.Ordinal);

        var (_, again, _) = await Cli.RunAsync("db", "migrate", "--data-path", data.Path);
        Assert.Contains("The schema is up to date.", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_provider_exits_with_2_and_names_the_setting()
    {
        var (exit, output, error) = await Cli.RunAsync("db", "migrate", "--provider", "Oracle", "--data-path", data.Path);

        Assert.Equal(2, exit);
        Assert.Contains("Store:Provider is 'Oracle'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Applied", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_is_refused()
    {
        var (exit, _, error) = await Cli.RunAsync("db", "explode");

        Assert.NotEqual(0, exit);
        Assert.Contains("explode", error, StringComparison.Ordinal);
    }
}
