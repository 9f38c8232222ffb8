using Microsoft.Data.Sqlite;
using Npgsql;

namespace MnrPlatform.Data.Store;

/// <summary>A validated choice of database: the provider and a complete connection string.</summary>
public sealed record StoreConnection(StoreProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Validates <paramref name="options"/> and works out the connection string. For SQLite the
    /// data folder is created if it does not exist yet.
    /// </summary>
    /// <param name="options">The bound <c>Store</c> section.</param>
    /// <param name="contentRoot">The folder a relative <see cref="StoreOptions.DataPath"/> starts from.</param>
    /// <exception cref="StoreConfigurationException">A setting is missing or not valid.</exception>
    public static StoreConnection Resolve(StoreOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = ParseProvider(options.Provider);
        return provider switch
        {
            StoreProvider.Sqlite => new StoreConnection(provider, SqliteConnectionString(options, contentRoot)),
            _ => new StoreConnection(provider, PostgreSqlConnectionString(options)),
        };
    }

    /// <summary>A description for logs and status pages, without any password.</summary>
    public string Describe() => Provider switch
    {
        StoreProvider.Sqlite => $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        _ => DescribePostgreSql(),
    };

    /// <summary>Same as <see cref="Describe"/>: a connection string never reaches a log by accident.</summary>
    public override string ToString() => Describe();

    private string DescribePostgreSql()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
    }

    private static StoreProvider ParseProvider(string? value)
    {
        if (Enum.TryParse<StoreProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider))
        {
            return provider;
        }

        var allowed = string.Join(", ", Enum.GetNames<StoreProvider>());
        throw new StoreConfigurationException(
            $"Store:Provider is '{value}', which is not a supported database. Use one of: {allowed}.");
    }

    private static string SqliteConnectionString(StoreOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (string.IsNullOrWhiteSpace(options.DataPath))
        {
            throw new StoreConfigurationException(
                "Store:DataPath is empty. Give the folder for the SQLite file, e.g. 'data'.");
        }

        var folder = Path.GetFullPath(options.DataPath, contentRoot);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreConfigurationException(
                $"Store:DataPath '{folder}' cannot be created or written: {e.Message}", e);
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, StoreOptions.SqliteFileName),
            Pooling = true,
        }.ToString();
    }

    private static string PostgreSqlConnectionString(StoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new StoreConfigurationException(
                "Store:ConnectionString is required when Store:Provider is PostgreSql " +
                "(e.g. the environment variable Store__ConnectionString=\"Host=...;Database=...;Username=...;Password=...\").");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreConfigurationException($"Store:ConnectionString is not a valid PostgreSQL connection string: {e.Message}", e);
        }

        return options.ConnectionString;
    }
}
