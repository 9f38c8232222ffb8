using MnrPlatform.Data;
using MnrPlatform.Data.Practice.Uses;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Web;

/// <summary>
/// <see cref="RoundStamps.AllRoundsAsync"/>, read from the store at most once per
/// <see cref="Lifetime"/> per host instance: the cached dashboard pages are keyed by it, so a page
/// shows changed results within that time on every instance sharing the store, without a query on
/// every request. While one request refreshes it, the others use the previous stamp.
/// </summary>
internal sealed class ResultsStampMemo(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    /// <summary>How long a stamp read from the store is used.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile Snapshot? current;

    /// <summary>The stamp, read again when older than <see cref="Lifetime"/>.</summary>
    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var seen = current;
        if (seen is not null && now - seen.ReadAt < Lifetime)
        {
            return seen.Stamp;
        }

        // One reader refreshes; the others go on with the previous stamp rather than queue up.
        if (seen is not null && !await refreshing.WaitAsync(0, cancellationToken))
        {
            return seen.Stamp;
        }

        if (seen is null)
        {
            await refreshing.WaitAsync(cancellationToken);
        }

        try
        {
            if (current is { } fresh && clock.GetUtcNow() - fresh.ReadAt < Lifetime)
            {
                return fresh.Stamp;
            }

            await using var scope = scopes.CreateAsyncScope();
            // Published examples are on cached pages too (the domain pages): a withdrawn consent must take one off at once.
            var stamp = await scope.ServiceProvider.GetRequiredService<RoundStamps>().AllRoundsAsync(cancellationToken)
                + "." + await ExampleVisibilityStamp.ReadAsync(scope.ServiceProvider.GetRequiredService<MnrDbContext>(), cancellationToken);
            current = new Snapshot(stamp, now);
            return stamp;
        }
        finally
        {
            refreshing.Release();
        }
    }

    public void Dispose() => refreshing.Dispose();

    private sealed record Snapshot(string Stamp, DateTimeOffset ReadAt);
}
