using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace MnrPlatform.Data.Store;

/// <summary>The guard held around migration and seeding: try to take it, wait and try again until it is free or the wait is over.</summary>
internal abstract partial class StoreInitialisationLock : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>What the guard is, for logs and errors (e.g. "PostgreSQL advisory lock 5570...").</summary>
    public abstract string Description { get; }

    /// <summary>How an operator finds the holder, for the error when the wait is over.</summary>
    protected abstract string FindHolder { get; }

    public async Task AcquireAsync(TimeSpan wait, ILogger logger, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var announced = false;
        while (!await TryAcquireAsync(cancellationToken))
        {
            if (!announced)
            {
                Waiting(logger, Description);
                announced = true;
            }

            if (watch.Elapsed >= wait)
            {
                throw new StoreInitialisationTimeoutException(
                    $"Store initialisation: waited {wait} for {Description}, held by another instance migrating or seeding the store. " +
                    $"If no other instance is starting, find the holder: {FindHolder}.");
            }

            await Task.Delay(RetryDelay, cancellationToken);
        }

        if (announced)
        {
            Acquired(logger, Description, (long)watch.Elapsed.TotalMilliseconds);
        }
    }

    public abstract ValueTask DisposeAsync();

    protected abstract Task<bool> TryAcquireAsync(CancellationToken cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store initialisation: another instance is migrating or seeding; waiting for {Lock}")]
    private static partial void Waiting(ILogger logger, string @lock);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store initialisation: took {Lock} after {Milliseconds} ms")]
    private static partial void Acquired(ILogger logger, string @lock, long milliseconds);
}
