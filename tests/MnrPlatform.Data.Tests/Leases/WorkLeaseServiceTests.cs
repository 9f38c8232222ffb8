using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Data.Leases;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests.Leases;

/// <summary>A work lease has one holder at a time: taken, renewed, refused to others until it expires or is released.</summary>
public abstract class WorkLeaseServiceTests : IAsyncLifetime
{
    private const string Lease = "test-work";
    private static readonly TimeSpan Length = TimeSpan.FromSeconds(30);
    private readonly TestClock clock = new(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
    private ITestStore store = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        store = await CreateStoreAsync();
        await using var db = store.Open();
        await StoreMigrator.MigrateAsync(db, NullLogger.Instance, Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<ITestStore> CreateStoreAsync();

    [Fact]
    public async Task The_holder_renews_and_others_are_refused_until_the_lease_expires()
    {
        Assert.True(await TryAsync("a"));
        Assert.False(await TryAsync("b"));

        clock.Now += Length / 2;
        Assert.True(await TryAsync("a"));
        var renewed = await ReadAsync();
        Assert.Equal("a", renewed!.Owner);
        Assert.Equal(clock.Now + Length, renewed.ExpiresAt);
        Assert.Equal(clock.Now - (Length / 2), renewed.AcquiredAt);

        clock.Now += Length - TimeSpan.FromSeconds(1);
        Assert.False(await TryAsync("b"));

        clock.Now += TimeSpan.FromSeconds(2);
        Assert.True(await TryAsync("b"));
        Assert.False(await TryAsync("a"));
        var taken = await ReadAsync();
        Assert.Equal("b", taken!.Owner);
        Assert.Equal(clock.Now, taken.AcquiredAt);
    }

    [Fact]
    public async Task A_released_lease_is_free_at_once_but_only_its_holder_can_release_it()
    {
        Assert.True(await TryAsync("a"));
        await using (var db = store.Open())
        {
            Assert.Equal(0, await new WorkLeaseService(db, clock).ReleaseAsync(Lease, "b", Cancellation));
            Assert.Equal(1, await new WorkLeaseService(db, clock).ReleaseAsync(Lease, "a", Cancellation));
        }

        Assert.Null((await ReadAsync())!.Owner);
        Assert.True(await TryAsync("b"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Of_eight_instances_racing_for_a_free_lease_exactly_one_gets_it(bool expiredBefore)
    {
        if (expiredBefore)
        {
            Assert.True(await TryAsync("old"));
            clock.Now += Length * 2;
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => TryAsync($"instance-{i}"), Cancellation)));

        Assert.Single(results, won => won);
        var winner = $"instance-{Array.IndexOf(results, true)}";
        Assert.Equal(winner, (await ReadAsync())!.Owner);
    }

    private async Task<bool> TryAsync(string owner)
    {
        await using var db = store.Open();
        return await new WorkLeaseService(db, clock).TryAcquireAsync(Lease, owner, Length, Cancellation);
    }

    private async Task<Entities.WorkLease?> ReadAsync()
    {
        await using var db = store.Open();
        return await new WorkLeaseService(db, clock).ReadAsync(Lease, Cancellation);
    }

    private sealed class TestClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public sealed class SqliteWorkLeaseServiceTests : WorkLeaseServiceTests
{
    protected override Task<ITestStore> CreateStoreAsync() => Task.FromResult<ITestStore>(new SqliteTestStore());
}

public sealed class PostgreSqlWorkLeaseServiceTests : WorkLeaseServiceTests
{
    protected override async Task<ITestStore> CreateStoreAsync() => await PostgreSqlTestStore.CreateAsync();
}
