namespace MnrPlatform.Data.Entities;

/// <summary>
/// An invitation to be a country's focal point: a single-use link, valid for a limited time, where
/// the person sets their password. Only a hash of the link's secret is stored.
/// </summary>
public sealed class FocalPointInvitation
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The account the invitation binds (created with the invitation when it did not exist).</summary>
    public required string UserId { get; set; }

    /// <summary>Where the invitation is sent.</summary>
    public required string Email { get; set; }

    /// <summary>The country the person answers for.</summary>
    public required string CountryIso3 { get; set; }

    /// <summary>The round the invitation is for; null for an invitation to the platform in general.</summary>
    public string? RoundCode { get; set; }

    /// <summary>The instrument the person answers; null for every instrument of the round.</summary>
    public string? InstrumentCode { get; set; }

    /// <summary>SHA-256 of the link's secret (hex); the secret itself is never stored.</summary>
    public required string TokenHash { get; set; }

    /// <summary>Who invited (user name).</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When the invitation was made or last re-sent (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the link stops working (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>
    /// The language the secretariat chose for the invitation ("fr", "ar"): its e-mails are written in it and
    /// its page opens in it unless the visitor chose another; null for invitations made before languages (English).
    /// </summary>
    public string? Culture { get; set; }

    /// <summary>When the person followed the link and set a password; the link then no longer works.</summary>
    public DateTimeOffset? UsedAt { get; set; }

    /// <summary>When the secretariat revoked it.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
