namespace MnrPlatform.Cli.Tests.Backup;

/// <summary>The README's PostgreSQL procedure: pg_dump -Fc, then pg_restore into a new, empty database.</summary>
public sealed class PostgreSqlBackupProcedureTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_pg_dump_restored_with_pg_restore_into_an_empty_database_has_the_same_rows_and_opens_with_the_migrator()
    {
        var server = Requires.PostgreSql();
        foreach (var tool in new[] { "pg_dump", "pg_restore" })
        {
            if (PgTool.Find(tool) is null)
            {
                Requires.Missing($"no {tool} on PATH: install Debian's postgresql-client (.ci/run does).");
            }
        }

        await using var source = await PostgreSqlDatabase.CreateAsync(server);
        await using var restored = await PostgreSqlDatabase.CreateAsync(server);
        var load = await Mnr("demo", "load", "--plugins", DemoStore.DomainPlugins, "--connection-string", source.ConnectionString);
        Assert.True(load.Exit == 0, load.Error);
        var before = await source.CountAsync();
        var dump = Path.Combine(folder.Path, "mnr.dump");

        var dumped = await PgTool.RunAsync("pg_dump", source.ConnectionString, "--format=custom", "--no-owner", $"--file={dump}");
        Assert.True(dumped.Exit == 0, dumped.Error);
        var applied = await PgTool.RunAsync("pg_restore", restored.ConnectionString, "--no-owner", "--exit-on-error", dump);
        Assert.True(applied.Exit == 0, applied.Error);

        Assert.True(before["Answers"] > 1000, $"{before["Answers"]} answers");
        Assert.Equal(before, await restored.CountAsync());
        var migrate = await Mnr("db", "migrate", "--connection-string", restored.ConnectionString);
        Assert.True(migrate.Exit == 0, migrate.Error);
        Assert.Contains("The schema is up to date.", migrate.Output, StringComparison.Ordinal);
        Assert.Equal(Rounds(await Mnr("rounds", "list", "--connection-string", source.ConnectionString)),
                     Rounds(await Mnr("rounds", "list", "--connection-string", restored.ConnectionString)));
        // Identity sequences come along: a new row gets the next id, not one already taken.
        Assert.True(before["ReferenceDataImports"] > 0);
        var last = (int)(await source.ScalarAsync("SELECT MAX(\"Id\") FROM \"ReferenceDataImports\""))!;
        var next = (int)(await restored.ScalarAsync(
            "INSERT INTO \"ReferenceDataImports\" (\"ImportedAt\", \"Source\", \"ContentHash\", \"Countries\", \"IncomeGroups\") VALUES (now(), 'after restore', 'x', 0, 0) RETURNING \"Id\""))!;
        Assert.True(next > last, $"new id {next}, last id in the dump {last}");
    }

    private static Task<(int Exit, string Output, string Error)> Mnr(params string[] args) =>
        Cli.RunAsync([.. args, "--provider", "PostgreSql"]);

    private static string Rounds((int Exit, string Output, string Error) run)
    {
        Assert.True(run.Exit == 0, run.Error);
        return string.Join('\n', run.Output.Split('\n').Where(l => !l.StartsWith("Store: ", StringComparison.Ordinal)));
    }
}
