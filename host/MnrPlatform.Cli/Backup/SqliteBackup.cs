using Microsoft.Data.Sqlite;

namespace MnrPlatform.Cli.Backup;

/// <summary>
/// Backup and restore of a SQLite store. A backup is <c>VACUUM INTO</c>: one read transaction, so
/// the copy is the state of one commit while a host keeps writing (write-ahead logging lets it),
/// compacted, and a single file with no <c>-wal</c> beside it. A restore goes through SQLite's
/// backup API into the store: every page is written in one write transaction, so a restore that
/// fails part-way leaves the store as it was, and open connections never see a half-swapped file.
/// </summary>
internal static class SqliteBackup
{
    /// <summary>Writes a consistent copy of the store to <paramref name="outPath"/> and describes it.</summary>
    public static async Task<SqliteStoreFile> BackUpAsync(string storeConnectionString, string outPath, bool force, CancellationToken cancellationToken)
    {
        var store = new SqliteConnectionStringBuilder(storeConnectionString);
        if (!File.Exists(store.DataSource))
        {
            throw new StoreFileException($"there is no store at {store.DataSource}: nothing to back up.");
        }

        var target = Path.GetFullPath(outPath);
        if (File.Exists(target) && !force)
        {
            throw new StoreFileException($"{target} already exists; add --force to replace it.");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new StoreFileException($"the folder {folder} does not exist.");
        }

        // Written beside the target and moved into place only once checked: no half-written backup under its name.
        var partial = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var connection = new SqliteConnection(Unpooled(store, SqliteOpenMode.ReadWrite)))
            {
                await connection.OpenAsync(cancellationToken);
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $path;";
                vacuum.Parameters.AddWithValue("$path", partial);
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }

            var written = await SqliteStoreFile.ReadAsync(partial, cancellationToken);
            if (!written.IsSound)
            {
                throw new StoreFileException($"the copy of {store.DataSource} fails SQLite's integrity check ({Describe(written.Problems)}); nothing was written to {target}.");
            }

            File.Move(partial, target, overwrite: force);
            return written with { Path = target };
        }
        catch (SqliteException e)
        {
            throw new StoreFileException($"backing up {store.DataSource} failed (SQLite: {e.Message.TrimEnd('.')}); nothing was written to {target}.", e);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Checks that <paramref name="fromPath"/> is a sound MnrPlatform store this build can open
    /// (<paramref name="knownMigrations"/>, oldest first), then replaces the store's content with it.
    /// </summary>
    public static async Task<SqliteStoreFile> RestoreAsync(
        string fromPath, string storeConnectionString, IReadOnlyList<string> knownMigrations, bool force, CancellationToken cancellationToken)
    {
        var backup = await SqliteStoreFile.ReadAsync(Path.GetFullPath(fromPath), cancellationToken);
        Check(backup, knownMigrations);

        var store = new SqliteConnectionStringBuilder(storeConnectionString);
        if (File.Exists(store.DataSource) && new FileInfo(store.DataSource).Length > 0 && !force)
        {
            throw new StoreFileException(
                $"the store {store.DataSource} already exists and a restore replaces everything in it; add --force to confirm (and keep a copy first: mnr db backup --out FILE).");
        }

        try
        {
            await using var source = new SqliteConnection(SqliteStoreFile.ReadOnly(backup.Path));
            await using var destination = new SqliteConnection(Unpooled(store, SqliteOpenMode.ReadWriteCreate));
            await source.OpenAsync(cancellationToken);
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
            await using var wal = destination.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new StoreFileException(
                $"restoring {backup.Path} into {store.DataSource} failed (SQLite: {e.Message.TrimEnd('.')}); the store is as it was. Stop every host using it and try again.", e);
        }

        var restored = await SqliteStoreFile.ReadAsync(store.DataSource, cancellationToken);
        if (!restored.IsSound || restored.Rows != backup.Rows)
        {
            throw new StoreFileException(
                $"the restored store {store.DataSource} does not match {backup.Path} ({restored.Rows} rows against {backup.Rows}; {Describe(restored.Problems)}).");
        }

        return restored;
    }

    private static void Check(SqliteStoreFile backup, IReadOnlyList<string> knownMigrations)
    {
        if (!backup.IsSound)
        {
            throw new StoreFileException($"{backup.Path} fails SQLite's integrity check ({Describe(backup.Problems)}); nothing was restored.");
        }

        if (!backup.Migrations.Contains(knownMigrations[0], StringComparer.Ordinal))
        {
            throw new StoreFileException(
                $"{backup.Path} is a SQLite database but not an MnrPlatform store: its migration history lacks {knownMigrations[0]}; nothing was restored.");
        }

        var unknown = backup.Migrations.Except(knownMigrations, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new StoreFileException(
                $"{backup.Path} has a newer schema than this build of mnr: its migration(s) {string.Join(", ", unknown)} are unknown here (this build ends at {knownMigrations[^1]}). Restore it with the version that wrote it, or a newer one; nothing was restored.");
        }
    }

    private static string Describe(IReadOnlyList<string> problems) =>
        problems.Count == 0 ? "integrity_check ok" : string.Join("; ", problems.Take(3)) + (problems.Count > 3 ? $"; and {problems.Count - 3} more" : "");

    private static string Unpooled(SqliteConnectionStringBuilder store, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder(store.ConnectionString) { Mode = mode, Pooling = false }.ToString();
}
