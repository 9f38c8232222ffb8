using Microsoft.Extensions.Options;
using MnrPlatform.Data.Email;

namespace MnrPlatform.Host.Hosting.Email;

/// <summary>Queues due deadline reminders every <see cref="ReminderOptions.CheckInterval"/>; each reminder goes once whatever the number of instances.</summary>
internal sealed partial class ReminderService(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
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
                return;
            }
#pragma warning disable CA1031 // A failed check must not stop the reminders; the next check retries.
            catch (Exception e)
#pragma warning restore CA1031
            {
                CheckFailed(logger, e);
            }

            await Task.Delay(options.Value.Reminders.CheckInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline reminders: {Count} queued")]
    private static partial void RemindersQueued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline reminder check failed; retrying at the next interval")]
    private static partial void CheckFailed(ILogger logger, Exception exception);
}
