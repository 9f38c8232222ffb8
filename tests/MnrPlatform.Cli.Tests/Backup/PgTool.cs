using System.Diagnostics;
using Npgsql;

namespace MnrPlatform.Cli.Tests.Backup;

/// <summary>Runs pg_dump or pg_restore (PostgreSQL's client tools, from PATH) against a database named by an Npgsql connection string.</summary>
internal static class PgTool
{
    /// <summary>The tool's full path on PATH, or null.</summary>
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/>; the database is passed with --dbname and the password through PGPASSWORD.</summary>
    public static async Task<(int Exit, string Error)> RunAsync(string tool, string connectionString, params string[] args)
    {
        var npgsql = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add($"--dbname=host={npgsql.Host} port={npgsql.Port} user={npgsql.Username} dbname={npgsql.Database}");
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGPASSWORD"] = npgsql.Password ?? "";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await output;
        return (process.ExitCode, await error);
    }
}
