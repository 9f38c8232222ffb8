using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data;
using MnrPlatform.Data.Store;
using Npgsql;

namespace MnrPlatform.Host.Tests.Instances;

/// <summary>
/// An empty database shared by several host processes: a new database on the test PostgreSQL
/// server (dropped afterwards) or a new SQLite file. Gives the environment the hosts need and a
/// context for checking what they wrote.
/// </summary>
internal sealed class InstanceStore : IAsyncDisposable
{
    private readonly string? serverConnectionString;
    private readonly string? database;
    private readonly TempDirectory? folder;

    private InstanceStore(StoreConnection connection, string? serverConnectionString, string? database, TempDirectory? folder)
    {
        Connection = connection;
        this.serverConnectionString = serverConnectionString;
        this.database = database;
        this.folder = folder;
    }

    public StoreConnection Connection { get; }

    public static async Task<InstanceStore> NewPostgreSqlAsync()
    {
        var server = Requires.PostgreSql();
        var name = $"mnr_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new InstanceStore(new StoreConnection(StoreProvider.PostgreSql, builder.ConnectionString), server, name, null);
    }

    public static InstanceStore NewSqlite()
    {
        var folder = new TempDirectory();
        var connection = StoreConnection.Resolve(new StoreOptions { DataPath = folder.Path }, folder.Path);
        return new InstanceStore(connection, null, null, folder);
    }

    /// <summary>The <c>Store__*</c> variables a host needs for this database.</summary>
    public Dictionary<string, string> Environment() => new(StringComparer.Ordinal)
    {
        ["Store__Provider"] = Connection.Provider.ToString(),
        ["Store__ConnectionString"] = Connection.ConnectionString,
    };

    public MnrDbContext Open()
    {
        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(Connection);
        return new MnrDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            folder.Dispose();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
