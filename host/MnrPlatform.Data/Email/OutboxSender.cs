using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Email;

/// <summary>Who holds an outbox lease: one name per running sender (host instance).</summary>
/// <param name="Name">Unique among the instances sharing a store.</param>
public sealed record OutboxLeaseOwner(string Name)
{
    /// <summary>A fresh name for this process: machine, process id and a random part.</summary>
    public static OutboxLeaseOwner ForThisProcess()
    {
        var name = $"{Guid.NewGuid():N}/{Environment.ProcessId}/{Environment.MachineName}";
        return new OutboxLeaseOwner(name.Length <= 200 ? name : name[..200]);
    }
}

/// <summary>What one pass of the sender did.</summary>
/// <param name="Sent">Messages the SMTP server accepted.</param>
/// <param name="Failed">Messages that failed and wait for a retry (or were given up).</param>
/// <param name="Held">Unsent messages marked "not sent: no SMTP server configured".</param>
public sealed record OutboxPass(int Sent, int Failed, int Held);

/// <summary>
/// One pass through the outbox: claims each due message with a lease written by a conditional
/// UPDATE (only one instance's UPDATE can match), sends it over SMTP, marks it sent; a failure
/// counts the attempt and sets the next one after an exponential backoff. Without an SMTP server
/// it sends nothing and says so on each unsent message, which stays queued for when one is set.
/// </summary>
public sealed partial class OutboxSender(MnrDbContext db, IOptions<EmailOptions> options, OutboxLeaseOwner owner, TimeProvider clock, ILogger<OutboxSender> logger)
{
    /// <summary>What an unsent message says while no SMTP server is configured.</summary>
    public const string NoSmtpServer = "not sent: no SMTP server configured";

    private const int MaxErrorLength = 2000;

    /// <summary>Sends the messages that are due now.</summary>
    public async Task<OutboxPass> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Smtp.IsConfigured)
        {
            var held = await db.OutboxMessages
                .Where(m => m.SentAt == null && (m.LastError == null || m.LastError != NoSmtpServer))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, NoSmtpServer), cancellationToken);
            return new OutboxPass(0, 0, held);
        }

        var sender = settings.Sender;
        var now = Now();
        // Unsent rows are few; the time tests run here because SQLite cannot compare DateTimeOffset in SQL.
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.Attempts < sender.MaxAttempts)
            .Select(m => new { m.Id, m.NextAttemptAt, m.LeaseUntil })
            .ToListAsync(cancellationToken);
        var due = candidates
            .Where(c => c.NextAttemptAt <= now && (c.LeaseUntil is null || c.LeaseUntil < now))
            .OrderBy(c => c.NextAttemptAt).ThenBy(c => c.Id)
            .Take(Math.Max(1, sender.BatchSize))
            .ToList();
        if (due.Count == 0)
        {
            return new OutboxPass(0, 0, 0);
        }

        int sent = 0, failed = 0;
        await using var mailer = new SmtpMailer(settings.Smtp);
        foreach (var candidate in due)
        {
            if (!await ClaimAsync(candidate.Id, candidate.LeaseUntil, sender.LeaseLength, cancellationToken))
            {
                continue;
            }

            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == candidate.Id, cancellationToken);
            try
            {
                await mailer.SendAsync(message, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(message.Id);
                throw;
            }
            catch (Exception e)
            {
                failed++;
                await RecordFailureAsync(message, e, sender);
                continue;
            }

            sent++;
            await MarkSentAsync(message.Id);
            MessageSent(logger, message.Id, message.Kind, message.Attempts + 1);
        }

        return new OutboxPass(sent, failed, 0);
    }

    /// <summary>
    /// Takes the lease on message <paramref name="id"/> if nobody changed it since it was read: the
    /// UPDATE matches only while the message is unsent and its lease is still the one seen (none,
    /// or an expired one), so of several instances racing for it exactly one gets a row back.
    /// </summary>
    private async Task<bool> ClaimAsync(long id, DateTimeOffset? seenLease, TimeSpan leaseLength, CancellationToken cancellationToken)
    {
        var until = Now() + leaseLength;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.SentAt == null && m.LeaseUntil == seenLease)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner.Name).SetProperty(m => m.LeaseUntil, until), cancellationToken);
        return claimed == 1;
    }

    private Task<int> MarkSentAsync(long id)
    {
        var now = Now();
        // Not cancellable: the server has the message; forgetting that would send it again.
        return db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner.Name)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private Task<int> ReleaseAsync(long id) =>
        db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);

    private async Task RecordFailureAsync(OutboxMessage message, Exception error, OutboxSenderOptions sender)
    {
        var attempts = message.Attempts + 1;
        var next = Now() + sender.BackoffAfter(attempts);
        var reason = attempts >= sender.MaxAttempts
            ? $"gave up after {attempts} attempts: {error.GetType().Name}: {error.Message}"
            : $"attempt {attempts} failed: {error.GetType().Name}: {error.Message}";
        if (reason.Length > MaxErrorLength)
        {
            reason = reason[..MaxErrorLength];
        }

        await db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseOwner == owner.Name)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, reason)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        SendFailed(logger, message.Id, message.Kind, attempts, next, error.GetType().Name, error.Message);
    }

    // Whole milliseconds: the lease read back must equal the lease written on every provider.
    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {MessageId} ({Kind}) sent on attempt {Attempt}")]
    private static partial void MessageSent(ILogger logger, long messageId, string kind, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {MessageId} ({Kind}) not sent on attempt {Attempt}; next attempt after {NextAttemptAt}: {ErrorType}: {Error}")]
    private static partial void SendFailed(ILogger logger, long messageId, string kind, int attempt, DateTimeOffset nextAttemptAt, string errorType, string error);
}
