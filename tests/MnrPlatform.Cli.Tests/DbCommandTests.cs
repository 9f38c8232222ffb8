using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;
using MnrPlatform.Data;

namespace MnrPlatform.Cli.Tests;

public sealed class DbCommandTests : IDisposable
{
    private readonly TempDirectory data = new();

    // Every migration the store ships, oldest first, read from the migrations' attributes.
    private static readonly IReadOnlyList<string> Migrations =
        [.. typeof(MnrDbContext).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

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
        Assert.True(Migrations.Count >= 6, string.Join(", ", Migrations));
        Assert.All(Migrations, m => Assert.Contains($"pending  {m}", output, StringComparison.Ordinal));
        Assert.Contains($"0 applied, {Migrations.Count} pending.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_the_sqlite_file_and_then_status_shows_it_applied()
    {
        var (exit, output, _) = await Cli.RunAsync("db", "migrate", "--data-path", data.Path);

        Assert.Equal(0, exit);
        Assert.Contains($"Applied {Migrations.Count} migration(s): {string.Join(", ", Migrations)}", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data.Path, "mnr.db")));

        var (_, status, _) = await Cli.RunAsync("db", "status", "--data-path", data.Path);
        Assert.Contains($"{Migrations.Count} applied, 0 pending.", status, StringComparison.Ordinal);

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
