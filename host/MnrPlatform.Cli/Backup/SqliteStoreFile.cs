using Microsoft.Data.Sqlite;

namespace MnrPlatform.Cli.Backup;

/// <summary>One table of a store file and how many rows it holds.</summary>
internal sealed record TableRows(string Table, long Rows);

/// <summary>
/// What a SQLite file holds, read without changing it: whether SQLite finds it sound
/// (<c>PRAGMA integrity_check</c>), the migrations in its EF Core history, and the rows per table.
/// </summary>
internal sealed record SqliteStoreFile(string Path, long Bytes, IReadOnlyList<string> Problems, IReadOnlyList<string> Migrations, IReadOnlyList<TableRows> Tables)
{
    private const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>True when <c>integrity_check</c> answered "ok".</summary>
    public bool IsSound => Problems.Count == 0;

    /// <summary>Rows in every table together.</summary>
    public long Rows => Tables.Sum(t => t.Rows);

    /// <summary>The latest migration in the file's history, or null when it has none.</summary>
    public string? Level => Migrations.Count == 0 ? null : Migrations[^1];

    /// <summary>Reads <paramref name="path"/>; a file that is not a SQLite database is a <see cref="StoreFileException"/>.</summary>
    public static async Task<SqliteStoreFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new StoreFileException($"there is no file {path}.");
        }

        try
        {
            await using var connection = new SqliteConnection(ReadOnly(path));
            await connection.OpenAsync(cancellationToken);
            var problems = (await ColumnAsync(connection, "PRAGMA integrity_check;", cancellationToken))
                .Where(line => line != "ok").ToList();
            var tables = await ColumnAsync(connection,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name;", cancellationToken);
            var migrations = tables.Contains(HistoryTable)
                ? await ColumnAsync(connection, $"SELECT MigrationId FROM \"{HistoryTable}\" ORDER BY MigrationId;", cancellationToken)
                : [];
            var rows = new List<TableRows>();
            foreach (var table in tables.Where(t => t != HistoryTable))
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\";";
                rows.Add(new TableRows(table, (long)(await count.ExecuteScalarAsync(cancellationToken))!));
            }

            return new SqliteStoreFile(path, new FileInfo(path).Length, problems, migrations, rows);
        }
        catch (SqliteException e)
        {
            throw new StoreFileException($"{path} is not a readable SQLite database (SQLite: {e.Message.TrimEnd('.')}).", e);
        }
    }

    /// <summary>A connection string that opens <paramref name="path"/> read-only, outside the pool.</summary>
    public static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
