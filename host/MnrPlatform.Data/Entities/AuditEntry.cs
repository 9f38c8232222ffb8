namespace MnrPlatform.Data.Entities;

/// <summary>
/// One line of the audit log: who did what to which subject, when, and the value before and after.
/// Written for every change and for every read of unit-level data by the secretariat; never
/// updated or deleted by the platform.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Increasing id: the log's order.</summary>
    public long Id { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The acting user's id; null for the platform itself and the command line.</summary>
    public string? ActorId { get; set; }

    /// <summary>The acting user's name at the time (kept when the user is later renamed or removed).</summary>
    public required string Actor { get; set; }

    /// <summary>What happened, as a stable code (see <c>AuditActions</c>).</summary>
    public required string Action { get; set; }

    /// <summary>What it happened to, e.g. <c>user:someone@example.org</c>.</summary>
    public required string Subject { get; set; }

    /// <summary>The country whose data was read or changed, when there is one.</summary>
    public string? CountryIso3 { get; set; }

    /// <summary>The value before the change; null for a read or a creation.</summary>
    public string? OldValue { get; set; }

    /// <summary>The value after the change, or what was read.</summary>
    public string? NewValue { get; set; }
}
