namespace MnrPlatform.Data.Accounts.Tokens;

/// <summary>A token just made: <see cref="Secret"/> is shown this once and never stored.</summary>
/// <param name="Token">The token as lists show it.</param>
/// <param name="Secret">The bearer value, e.g. <c>mnr_pat_…</c>.</param>
public sealed record CreatedAccessToken(AccessTokenView Token, string Secret);

/// <summary>Where a token stands.</summary>
public enum AccessTokenState
{
    /// <summary>It can be used.</summary>
    Active,

    /// <summary>Its time ran out.</summary>
    Expired,

    /// <summary>It was revoked.</summary>
    Revoked,
}

/// <summary>A token as the account page lists it (never its secret).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">What its user called it.</param>
/// <param name="Prefix">Its first characters, to tell tokens apart.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="LastUsedAt">When it was last used (to the minute); null: never.</param>
/// <param name="State">Where it stands.</param>
public sealed record AccessTokenView(int Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, AccessTokenState State);

/// <summary>What checking a presented token found: the user it acts as, or why it is refused.</summary>
/// <param name="User">The user; null when refused.</param>
/// <param name="TokenId">The token's id; null when no token matched.</param>
/// <param name="Refusal">Why it is refused, in words for the caller (never the token itself); null when accepted.</param>
public sealed record AccessTokenCheck(Entities.PlatformUser? User, int? TokenId, string? Refusal)
{
    /// <summary>True when the token may be used.</summary>
    public bool Accepted => User is not null;

    internal static AccessTokenCheck Refuse(string reason, int? tokenId = null) => new(null, tokenId, reason);
}

/// <summary>A token cannot be made or changed as asked; the message names the field.</summary>
public sealed class AccessTokenException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AccessTokenException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public AccessTokenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the field at fault.</summary>
    public AccessTokenException(string field, string message)
        : base(message) => Field = field;

    /// <summary>Creates the exception with its message and cause.</summary>
    public AccessTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The field at fault (<c>name</c> or <c>expiresAt</c>); null when it is not one field.</summary>
    public string? Field { get; }
}
