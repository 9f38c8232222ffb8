using Microsoft.Extensions.Options;
using MnrPlatform.Data.Email;
using MnrPlatform.Host.Hosting.Leases;

namespace MnrPlatform.Host.Hosting.Email;

/// <summary>
/// Delivers the outbox every <see cref="OutboxSenderOptions.PollInterval"/> on the one instance
/// that holds the <see cref="LeaseName"/> lease; each message is still claimed on its own, so a
/// pass that outlives the lease cannot send a message twice.
/// </summary>
internal sealed partial class OutboxSenderService(IServiceScopeFactory scopes, LeasedWorkLoop loop, IOptions<EmailOptions> options, ILogger<OutboxSenderService> logger) : BackgroundService
{
    /// <summary>The work lease of the outbox sender.</summary>
    public const string LeaseName = "email-outbox";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Smtp.IsConfigured)
        {
            NoSmtpServer(logger);
        }

        return loop.RunAsync(LeaseName, () => options.Value.Sender.PollInterval, PassAsync, stoppingToken);
    }

    private async Task PassAsync(CancellationToken stoppingToken)
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
            throw;
        }
#pragma warning disable CA1031 // A failed pass (store briefly unavailable) must not stop the sender; the next pass retries.
        catch (Exception e)
#pragma warning restore CA1031
        {
            PassFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail: no SMTP server is configured (Email:Smtp:Host); messages stay in the outbox, marked not sent")]
    private static partial void NoSmtpServer(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail outbox pass: {Sent} sent, {Failed} failed")]
    private static partial void PassDone(ILogger logger, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail outbox pass failed; retrying at the next interval")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
