using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Data.Reference;
using MnrPlatform.Data.Store;
using Npgsql;

namespace MnrPlatform.Data.Tests;

/// <summary>An empty database for one test: a SQLite file, or a new database on the test PostgreSQL server.</summary>
public interface ITestStore : IAsyncDisposable
{
    StoreConnection Connection { get; }

    MnrDbContext Open()
    {
        var options = new DbContextOptionsBuilder<MnrDbContext>();
        options.UseStore(Connection);
        return new MnrDbContext(options.Options);
    }

    /// <summary>Opens a context on the store after migrating it and loading the built-in reference data (countries, income groups).</summary>
    async Task<MnrDbContext> OpenPreparedAsync(CancellationToken cancellationToken)
    {
        var db = Open();
        await StoreMigrator.MigrateAsync(db, NullLogger.Instance, cancellationToken);
        await new ReferenceDataImporter(db, TimeProvider.System).EnsureBuiltInAsync(cancellationToken);
        return db;
    }
}

public sealed class SqliteTestStore : ITestStore
{
    private readonly TempDirectory folder = new();

    public SqliteTestStore() =>
        Connection = StoreConnection.Resolve(new StoreOptions { DataPath = folder.Path }, folder.Path);

    public StoreConnection Connection { get; }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgreSqlTestStore : ITestStore
{
    private readonly string serverConnectionString;
    private readonly string database;

    private PostgreSqlTestStore(string serverConnectionString, string database)
    {
        this.serverConnectionString = serverConnectionString;
        this.database = database;
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database };
        Connection = new StoreConnection(StoreProvider.PostgreSql, builder.ConnectionString);
    }

    public StoreConnection Connection { get; }

    /// <summary>Creates a uniquely named database on the server named by <see cref="Requires.PostgreSql"/>.</summary>
    public static async Task<PostgreSqlTestStore> CreateAsync()
    {
        var server = Requires.PostgreSql();
        var name = $"mnr_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new PostgreSqlTestStore(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                // An autovacuum worker (a superuser's backend) visiting the fresh database cannot be
                // terminated by the test role; it leaves within moments.
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }
}
