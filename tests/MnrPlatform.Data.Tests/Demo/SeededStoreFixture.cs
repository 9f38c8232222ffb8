namespace MnrPlatform.Data.Tests.Demo;

/// <summary>
/// One seeded store shared by the tests of a class, which only read it. Created by the first test
/// that asks, so a missing PostgreSQL server skips that test instead of failing the class.
/// </summary>
public sealed class SeededStoreFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private ITestStore? store;

    public async Task<ITestStore> GetAsync(Func<Task<ITestStore>> create)
    {
        await gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (store is null)
            {
                var created = await create();
                await DemoStore.SeedAsync(created);
                store = created;
            }

            return store;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        gate.Dispose();
    }
}
