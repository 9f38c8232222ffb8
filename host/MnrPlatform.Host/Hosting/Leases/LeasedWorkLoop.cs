using Microsoft.Extensions.Options;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Leases;

namespace MnrPlatform.Host.Hosting.Leases;

/// <summary>
/// Runs one kind of background work on one instance at a time: every
/// <see cref="WorkLeaseOptions.RenewEvery"/> it takes or renews the work's lease, and while it
/// holds the lease it runs a pass every work interval. An instance that loses the lease (or cannot
/// reach the store to renew it) stops at once; when the holder dies, another takes the lease once it
/// expires and runs a pass straight away. On shutdown the holder releases the lease.
/// </summary>
internal sealed partial class LeasedWorkLoop(IServiceScopeFactory scopes, OutboxLeaseOwner owner, IOptions<WorkLeaseOptions> options, TimeProvider clock, ILogger<LeasedWorkLoop> logger)
{
    /// <summary>Runs until <paramref name="stoppingToken"/> fires. <paramref name="pass"/> handles its own errors.</summary>
    public async Task RunAsync(string leaseName, Func<TimeSpan> workInterval, Func<CancellationToken, Task> pass, CancellationToken stoppingToken)
    {
        var held = false;
        var nextPass = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var nowHeld = await TryHoldAsync(leaseName, stoppingToken);
                if (nowHeld != held)
                {
                    LeaseChanged(logger, leaseName, nowHeld ? "took" : "lost", owner.Name);
                    held = nowHeld;
                    nextPass = clock.GetUtcNow();
                }

                if (held && clock.GetUtcNow() >= nextPass)
                {
                    await pass(stoppingToken);
                    nextPass = clock.GetUtcNow() + workInterval();
                }

                var renew = options.Value.RenewEvery;
                var wait = held ? Min(renew, nextPass - clock.GetUtcNow()) : renew;
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        if (held)
        {
            await ReleaseAsync(leaseName);
        }
    }

    private async Task<bool> TryHoldAsync(string leaseName, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<WorkLeaseService>()
                .TryAcquireAsync(leaseName, owner.Name, options.Value.Length, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The store may be briefly unreachable: not holding the lease is the safe answer; the next round retries.
        catch (Exception e)
#pragma warning restore CA1031
        {
            RenewFailed(logger, leaseName, e);
            return false;
        }
    }

    private async Task ReleaseAsync(string leaseName)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await scope.ServiceProvider.GetRequiredService<WorkLeaseService>().ReleaseAsync(leaseName, owner.Name, timeout.Token);
        }
#pragma warning disable CA1031 // Shutting down: an unreleased lease simply expires.
        catch (Exception e)
#pragma warning restore CA1031
        {
            ReleaseFailed(logger, leaseName, e);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Work lease {Lease}: {Change} by this instance ({Owner})")]
    private static partial void LeaseChanged(ILogger logger, string lease, string change, string owner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work lease {Lease} could not be taken or renewed; this instance pauses that work")]
    private static partial void RenewFailed(ILogger logger, string lease, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work lease {Lease} could not be released at shutdown; it expires by itself")]
    private static partial void ReleaseFailed(ILogger logger, string lease, Exception exception);
}
