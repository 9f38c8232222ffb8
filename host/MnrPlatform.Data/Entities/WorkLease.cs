namespace MnrPlatform.Data.Entities;

/// <summary>
/// Who may run one kind of background work (the e-mail outbox, the reminders) right now. Several
/// host instances share one store; each takes or renews the lease by a compare-and-set on
/// <see cref="Version"/>, and only the holder runs the work until <see cref="ExpiresAt"/>.
/// </summary>
public sealed class WorkLease
{
    /// <summary>The work this lease guards, e.g. <c>email-outbox</c>.</summary>
    public required string Name { get; set; }

    /// <summary>The holder (an <c>OutboxLeaseOwner</c> name: random part, process id, machine); null when released.</summary>
    public string? Owner { get; set; }

    /// <summary>When the holder took the lease (a renewal keeps it).</summary>
    public DateTimeOffset? AcquiredAt { get; set; }

    /// <summary>Until when the holder may run the work; after it any instance may take the lease.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Raised by every write; a write names the version it read, so of two racing writers one wins.</summary>
    public long Version { get; set; }
}
