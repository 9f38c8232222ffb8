using Microsoft.Extensions.Options;
using MnrPlatform.Data.Email;

namespace MnrPlatform.Host.Hosting.Email;

/// <summary>Delivers the outbox every <see cref="OutboxSenderOptions.PollInterval"/>; several host instances may run it at once.</summary>
internal sealed partial class OutboxSenderService(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxSenderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Smtp.IsConfigured)
        {
            NoSmtpServer(logger);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var pass = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(stoppingToken);
                if (pass.Sent + pass.Failed > 0)
                {
                    PassDone(logger, pass.Sent, pass.Failed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed pass (store briefly unavailable) must not stop the sender; the next pass retries.
            catch (Exception e)
#pragma warning restore CA1031
            {
                PassFailed(logger, e);
            }

            await Task.Delay(options.Value.Sender.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail: no SMTP server is configured (Email:Smtp:Host); messages stay in the outbox, marked not sent")]
    private static partial void NoSmtpServer(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail outbox pass: {Sent} sent, {Failed} failed")]
    private static partial void PassDone(ILogger logger, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail outbox pass failed; retrying at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
