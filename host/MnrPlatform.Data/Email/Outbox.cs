using MnrPlatform.Data.Entities;

namespace MnrPlatform.Data.Email;

/// <summary>
/// Queues e-mail in the store, in the same unit of work as the action that causes it: the message
/// is written when the caller saves, or not at all. A background sender delivers it.
/// </summary>
public sealed class Outbox(MnrDbContext db, TimeProvider clock)
{
    /// <summary>Adds <paramref name="message"/> to the context; it is written with the caller's next save.</summary>
    public OutboxMessage Enqueue(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        var row = new OutboxMessage
        {
            Kind = message.Kind,
            To = message.To,
            Subject = message.Subject,
            Body = message.Body,
            Culture = EmailLanguage.Normalize(message.Culture),
            DeduplicationKey = message.DeduplicationKey,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(row);
        return row;
    }
}
