using System.CommandLine;
using System.Globalization;
using MnrPlatform.Cli.Backup;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr db backup --out FILE [--force]</c>: an online, consistent copy of a SQLite store (hosts may
/// keep running and writing); on PostgreSQL it points at pg_dump.
/// </summary>
internal static class DbBackupCommand
{
    /// <summary>Where the README explains backups on both databases.</summary>
    public const string ReadmeSection = "README.md, section \"Backup and restore\"";

    public static Command Create()
    {
        var store = new StoreArguments();
        var output = new Option<FileInfo>("--out") { Description = "The backup file to write (refused if it exists, unless --force).", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the file given by --out if it exists." };
        var command = new Command("backup", "Write a consistent copy of the SQLite store while hosts keep running (PostgreSQL: use pg_dump).")
        {
            output, force,
        };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await store.ResolveSqliteAsync(
                parse,
                $"error: mnr db backup copies SQLite stores only. Back up PostgreSQL with pg_dump -Fc and restore with pg_restore into a new, empty database; see {ReadmeSection}.") is not { } connection)
            {
                return 2;
            }

            var console = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;

            try
            {
                var written = await SqliteBackup.BackUpAsync(connection.ConnectionString, parse.GetRequiredValue(output).FullName, parse.GetValue(force), cancellationToken);
                await console.WriteLineAsync(Describe("Wrote", written));
                return 0;
            }
            catch (StoreFileException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: could not write {parse.GetRequiredValue(output).FullName}: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>One line: the file, its size, its tables and rows, and its schema level.</summary>
    public static string Describe(string verb, SqliteStoreFile file) => string.Create(CultureInfo.InvariantCulture,
        $"{verb} {file.Path}: {file.Bytes:N0} bytes, {file.Tables.Count} tables, {file.Rows:N0} rows, schema at {file.Level ?? "no migration"} ({file.Migrations.Count} migrations); integrity_check ok.");
}
