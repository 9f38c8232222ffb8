using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Data;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// The options every store command takes. They override the same settings read from environment
/// variables (<c>Store__Provider</c>, <c>Store__ConnectionString</c>, <c>Store__DataPath</c>),
/// which is how the host is configured too.
/// </summary>
internal sealed class StoreArguments
{
    public Option<string?> Provider { get; } = new("--provider") { Description = "Sqlite (default) or PostgreSql." };

    public Option<string?> ConnectionString { get; } = new("--connection-string") { Description = "Required for PostgreSQL; for SQLite it replaces --data-path." };

    public Option<string?> DataPath { get; } = new("--data-path") { Description = "Folder of the SQLite file (default: ./data)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(ConnectionString);
        command.Options.Add(DataPath);
    }

    /// <summary>
    /// The SQLite store the command works on, announced as <see cref="ResolveAndAnnounceAsync"/>
    /// does; null (exit 2) when there is none or it is PostgreSQL, after writing
    /// <paramref name="postgreSqlAdvice"/> to the error output.
    /// </summary>
    public async Task<StoreConnection?> ResolveSqliteAsync(ParseResult parse, string postgreSqlAdvice)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (await ResolveAndAnnounceAsync(parse) is not { } connection)
        {
            return null;
        }

        if (connection.Provider != StoreProvider.Sqlite)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(postgreSqlAdvice);
            return null;
        }

        return connection;
    }

    /// <summary>
    /// The store the command works on, announced on its output ("Store: ..."); null, after writing
    /// the configuration error to the error output, when the settings are wrong.
    /// </summary>
    public async Task<StoreConnection?> ResolveAndAnnounceAsync(ParseResult parse)
    {
        try
        {
            var connection = Resolve(parse);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Store: {connection}");
            return connection;
        }
        catch (StoreConfigurationException e)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// The store, opened and migrated (as a host does at start); null, after writing the
    /// configuration error, when the settings are wrong.
    /// </summary>
    public async Task<MnrDbContext?> OpenMigratedAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (await ResolveAndAnnounceAsync(parse) is not { } connection)
        {
            return null;
        }

        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(connection);
        var db = new MnrDbContext(options.Options);
        await StoreInitialisation.MigrateAsync(db, NullLogger.Instance, cancellationToken);
        return db;
    }

    /// <summary>Makes <paramref name="command"/> run <paramref name="action"/> on the opened, migrated store (exit 2 when the settings are wrong).</summary>
    public void SetAction(Command command, Func<MnrDbContext, ParseResult, CancellationToken, Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = await OpenMigratedAsync(parse, cancellationToken);
            return db is null ? 2 : await action(db, parse, cancellationToken);
        });
    }

    /// <summary>The store the settings name, not announced and not opened (for a command that opens it a second time).</summary>
    public StoreConnection Resolve(ParseResult parse)
    {
        var options = new ConfigurationBuilder().AddEnvironmentVariables().Build()
            .GetSection(StoreOptions.SectionName).Get<StoreOptions>() ?? new StoreOptions();
        options.Provider = parse.GetValue(Provider) ?? options.Provider;
        options.ConnectionString = parse.GetValue(ConnectionString) ?? options.ConnectionString;
        options.DataPath = parse.GetValue(DataPath) ?? options.DataPath;
        return StoreConnection.Resolve(options, Environment.CurrentDirectory);
    }
}
