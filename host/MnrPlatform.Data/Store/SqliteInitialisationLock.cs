using Microsoft.Data.Sqlite;

namespace MnrPlatform.Data.Store;

/// <summary>
/// An exclusive lock on <c>&lt;database file&gt;.init-lock</c>: .NET opens a file with
/// <see cref="FileShare.None"/> under an OS lock (flock on Linux), which every other process (and
/// every other open in this one) is refused until the handle closes or the process dies. The file
/// itself stays; only the lock on it matters. An in-memory database needs no guard.
/// </summary>
internal sealed class SqliteInitialisationLock : StoreInitialisationLock
{
    private readonly string? path;
    private FileStream? handle;

    private SqliteInitialisationLock(string? path) => this.path = path;

    public override string Description => path is null ? "no lock (in-memory SQLite)" : $"the SQLite initialisation lock file {path}";

    protected override string FindHolder => $"fuser -v '{path}' (or lsof) names the process with the file open";

    public static SqliteInitialisationLock For(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var inMemory = builder.Mode == SqliteOpenMode.Memory
            || string.IsNullOrEmpty(builder.DataSource)
            || builder.DataSource == ":memory:";
        return new SqliteInitialisationLock(inMemory ? null : Path.GetFullPath(builder.DataSource) + ".init-lock");
    }

    protected override Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return Task.FromResult(true);
        }

        try
        {
            handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return Task.FromResult(true);
        }
        catch (IOException) when (File.Exists(path))
        {
            return Task.FromResult(false);
        }
    }

    public override ValueTask DisposeAsync()
    {
        var held = handle;
        handle = null;
        return held?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
