using Npgsql;

namespace MnrPlatform.Data.Store;

/// <summary>
/// A PostgreSQL session advisory lock on a connection of its own (unpooled, so closing it ends the
/// session and with it the lock even if the unlock fails; a killed process's session ends too).
/// </summary>
internal sealed class PostgreSqlInitialisationLock(string connectionString, long key) : StoreInitialisationLock
{
    private const string ApplicationName = "mnr store initialisation";
    private NpgsqlConnection? connection;

    public override string Description => $"PostgreSQL advisory lock {key}";

    protected override string FindHolder =>
        $"SELECT a.pid, a.client_addr, a.backend_start FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = '{ApplicationName}'";

    protected override async Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        if (connection is null)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = ApplicationName };
            connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", key);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public override async ValueTask DisposeAsync()
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            if (connection.FullState == System.Data.ConnectionState.Open)
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
        }
        catch (NpgsqlException)
        {
            // Closing the unpooled connection below ends the session, which releases the lock as well.
        }
        finally
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }
}
