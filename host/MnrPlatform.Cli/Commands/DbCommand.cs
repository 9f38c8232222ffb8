using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Data;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Commands;

/// <summary><c>mnr db migrate</c>, <c>status</c>, <c>backup</c> and <c>restore</c>.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var db = new Command("db", "Database schema and backups: apply migrations, show their state, back up and restore a SQLite store.");
        db.Subcommands.Add(Migrate());
        db.Subcommands.Add(Status());
        db.Subcommands.Add(DbBackupCommand.Create());
        db.Subcommands.Add(DbRestoreCommand.Create());
        return db;
    }

    private static Command Migrate()
    {
        var store = new StoreArguments();
        var command = new Command("migrate", "Apply pending migrations (hosts also do this at start, once however many start together; useful before a rollout).");
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, store, async (db, output) =>
        {
            var applied = await StoreInitialisation.MigrateAsync(db, NullLogger.Instance, cancellationToken);
            await output.WriteLineAsync(applied.Count == 0
                ? "The schema is up to date."
                : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
        }));
        return command;
    }

    private static Command Status()
    {
        var store = new StoreArguments();
        var command = new Command("status", "Show the migrations applied to the store and those pending.");
        store.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, store, async (db, output) =>
        {
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            foreach (var id in applied)
            {
                await output.WriteLineAsync($"applied  {id}");
            }

            foreach (var id in pending)
            {
                await output.WriteLineAsync($"pending  {id}");
            }

            await output.WriteLineAsync($"{applied.Count} applied, {pending.Count} pending.");
        }));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, StoreArguments store, Func<MnrDbContext, TextWriter, Task> action)
    {
        if (await store.ResolveAndAnnounceAsync(parse) is not { } connection)
        {
            return 2;
        }

        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(connection);
        await using var db = new MnrDbContext(options.Options);
        await action(db, parse.InvocationConfiguration.Output);
        return 0;
    }
}
