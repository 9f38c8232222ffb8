namespace MnrPlatform.Data.Entities;

/// <summary>
/// An e-mail waiting to be sent, or sent. It is written in the same transaction as the action that
/// causes it; a background sender delivers it, holding a lease so that one host instance sends it.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Surrogate key.</summary>
    public long Id { get; set; }

    /// <summary>What kind of message it is, e.g. <c>invitation</c> or <c>reminder</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The recipient's address.</summary>
    public required string To { get; set; }

    /// <summary>The subject line.</summary>
    public required string Subject { get; set; }

    /// <summary>The plain-text body.</summary>
    public required string Body { get; set; }

    /// <summary>The language the message is written in ("fr", "ar"); null for messages queued before languages (English).</summary>
    public string? Culture { get; set; }

    /// <summary>
    /// Makes a message that must go at most once unique (e.g. a reminder: round, country, days
    /// before); null for messages that may repeat (a re-sent invitation).
    /// </summary>
    public string? DeduplicationKey { get; set; }

    /// <summary>When it was queued (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The earliest time of the next attempt (UTC): backoff after a failure.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>How many times sending was tried.</summary>
    public int Attempts { get; set; }

    /// <summary>The instance holding the lease while it sends; null when nobody is sending it.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When the lease ends (UTC); another instance may take the message after that.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>When the SMTP server accepted it (UTC); null while it is not sent.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the last attempt did not send it, e.g. "not sent: no SMTP server configured".</summary>
    public string? LastError { get; set; }
}
