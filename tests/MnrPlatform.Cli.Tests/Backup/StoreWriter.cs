using Microsoft.Data.Sqlite;

namespace MnrPlatform.Cli.Tests.Backup;

/// <summary>
/// Another connection that keeps writing to a store, as a running host would: each transaction
/// adds <see cref="KeysPerCommit"/> rows to DataProtectionKeys and one to ReferenceDataImports, so
/// in any committed state the first table holds exactly <see cref="KeysPerCommit"/> times the rows
/// of the second (both start empty).
/// </summary>
internal sealed class StoreWriter : IAsyncDisposable
{
    public const int KeysPerCommit = 5;

    private readonly CancellationTokenSource stop = new();
    private readonly Task writing;
    private int commits;

    public StoreWriter(string file) => writing = Task.Run(() => WriteAsync(file, stop.Token));

    public int Commits => Volatile.Read(ref commits);

    /// <summary>Waits until <paramref name="count"/> more transactions have committed.</summary>
    public async Task WaitForCommitsAsync(int count)
    {
        var target = Commits + count;
        while (Commits < target)
        {
            if (writing.IsCompleted)
            {
                await writing;
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Stops writing and returns how many transactions committed.</summary>
    public async Task<int> StopAsync()
    {
        await stop.CancelAsync();
        await writing;
        return Commits;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await writing;
        }
        catch (SqliteException)
        {
            // The test has already failed on it through WaitForCommitsAsync or StopAsync.
        }

        stop.Dispose();
    }

    private async Task WriteAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(StoreRows.Connection(file));
        await connection.OpenAsync(CancellationToken.None);
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
            for (var i = 0; i < KeysPerCommit; i++)
            {
                await using var key = connection.CreateCommand();
                key.CommandText = "INSERT INTO DataProtectionKeys (FriendlyName, Xml) VALUES ($name, $xml)";
                key.Parameters.AddWithValue("$name", $"writer-{commits}-{i}");
                key.Parameters.AddWithValue("$xml", new string('k', 2000));
                await key.ExecuteNonQueryAsync(CancellationToken.None);
            }

            await using var import = connection.CreateCommand();
            import.CommandText = "INSERT INTO ReferenceDataImports (ImportedAt, Source, ContentHash, Countries, IncomeGroups) VALUES ('2026-01-01 00:00:00+00:00', 'writer', $n, 0, 0)";
            import.Parameters.AddWithValue("$n", commits.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await import.ExecuteNonQueryAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            Interlocked.Increment(ref commits);
        }
    }
}
