using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Cli.Backup;
using MnrPlatform.Data;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr db restore --from FILE [--force]</c>: replaces a SQLite store with a backup, once the
/// file has passed SQLite's integrity check and proved to be an MnrPlatform store no newer than
/// this build; on PostgreSQL it points at pg_restore.
/// </summary>
internal static class DbRestoreCommand
{
    public static Command Create()
    {
        var store = new StoreArguments();
        var from = new Option<FileInfo>("--from") { Description = "A backup written by mnr db backup.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace a store that already exists (everything in it is replaced)." };
        var command = new Command("restore", "Replace the SQLite store with a backup (stop the hosts first; PostgreSQL: use pg_restore).")
        {
            from, force,
        };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await store.ResolveSqliteAsync(
                parse,
                $"error: mnr db restore restores SQLite stores only. Restore a PostgreSQL dump with pg_restore into a new, empty database; see {DbBackupCommand.ReadmeSection}.") is not { } connection)
            {
                return 2;
            }

            var console = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;

            var known = KnownMigrations(connection);
            try
            {
                var restored = await SqliteBackup.RestoreAsync(parse.GetRequiredValue(from).FullName, connection.ConnectionString, known, parse.GetValue(force), cancellationToken);
                await console.WriteLineAsync(DbBackupCommand.Describe("Restored", restored));
                var pending = known.Count - restored.Migrations.Count;
                if (pending > 0)
                {
                    await console.WriteLineAsync($"The backup is {pending} migration(s) behind this build: a host applies them at start (or run mnr db migrate).");
                }

                return 0;
            }
            catch (StoreFileException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static List<string> KnownMigrations(StoreConnection connection)
    {
        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(connection);
        using var db = new MnrDbContext(options.Options);
        return [.. db.Database.GetMigrations()];
    }
}
