using Microsoft.Extensions.Options;
using MnrPlatform.Data.Email;
using MnrPlatform.Host.Hosting.Leases;

namespace MnrPlatform.Host.Hosting.Email;

/// <summary>
/// Queues due deadline reminders every <see cref="ReminderOptions.CheckInterval"/> on the one
/// instance that holds the <see cref="LeaseName"/> lease (each reminder is also recorded, so it
/// goes once even across a change of holder).
/// </summary>
internal sealed partial class ReminderService(IServiceScopeFactory scopes, LeasedWorkLoop loop, IOptions<EmailOptions> options, ILogger<ReminderService> logger) : BackgroundService
{
    /// <summary>The work lease of the reminders.</summary>
    public const string LeaseName = "email-reminders";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        loop.RunAsync(LeaseName, () => options.Value.Reminders.CheckInterval, CheckAsync, stoppingToken);

    private async Task CheckAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var queued = await scope.ServiceProvider.GetRequiredService<ReminderScheduler>().QueueDueAsync(stoppingToken);
            if (queued > 0)
            {
                RemindersQueued(logger, queued);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed check must not stop the reminders; the next check retries.
        catch (Exception e)
#pragma warning restore CA1031
        {
            CheckFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline reminders: {Count} queued")]
    private static partial void RemindersQueued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline reminder check failed; retrying at the next interval")]
    private static partial void CheckFailed(ILogger logger, Exception exception);
}
