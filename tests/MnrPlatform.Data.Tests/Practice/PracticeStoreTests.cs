namespace MnrPlatform.Data.Tests.Practice;

/// <summary>A fresh, prepared store (SQLite or PostgreSQL) per test, with the library's services on it.</summary>
public abstract class PracticeStoreTests : IAsyncLifetime
{
    private ITestStore store = null!;

    protected MnrDbContext Db { get; private set; } = null!;

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected abstract Task<ITestStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        Db = await store.OpenPreparedAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A fresh context on the same store (nothing cached from earlier steps).</summary>
    protected MnrDbContext Fresh() => store.Open();
}
