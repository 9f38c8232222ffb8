namespace MnrPlatform.Data.Entities;

/// <summary>
/// A personal access token for the API: it acts as its user, with the user's role and country.
/// Shown once when made; only a hash is stored.
/// </summary>
public sealed class PersonalAccessToken
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The user it acts as.</summary>
    public required string UserId { get; set; }

    /// <summary>What the user called it, e.g. "nightly upload".</summary>
    public required string Name { get; set; }

    /// <summary>The token's first characters, shown in lists so that a person can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the token (hex).</summary>
    public required string TokenHash { get; set; }

    /// <summary>When it was made (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it stops working (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When its user revoked it.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When it was last used (UTC).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
