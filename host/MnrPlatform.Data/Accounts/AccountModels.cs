namespace MnrPlatform.Data.Accounts;

/// <summary>What an administrator (or <c>mnr users add</c>) gives to create an account.</summary>
/// <param name="Email">The e-mail address, also the user name.</param>
/// <param name="Role">One of <c>Roles.All</c>.</param>
/// <param name="CountryIso3">A focal point's country; null for other roles.</param>
/// <param name="Password">The first password.</param>
/// <param name="IsDemo">True only for the demo accounts.</param>
public sealed record NewAccount(string Email, string Role, string? CountryIso3, string Password, bool IsDemo = false);

/// <summary>An account as the administration page lists it.</summary>
public sealed record AccountSummary(
    string Id,
    string Email,
    string? Role,
    string? CountryIso3,
    bool IsDemo,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt,
    DateTimeOffset? LockedOutUntil)
{
    /// <summary>True when the account may not sign in.</summary>
    public bool IsDisabled => DisabledAt is not null;

    /// <summary>True while too many failed sign-ins keep the account locked.</summary>
    public bool IsLockedOut(DateTimeOffset now) => LockedOutUntil is { } until && until > now;
}

/// <summary>The outcome of an account operation; <see cref="Errors"/> say what to fix.</summary>
/// <param name="Succeeded">True when the change was made (and audited).</param>
/// <param name="Errors">Why not.</param>
/// <param name="UserId">The account concerned, when known.</param>
public sealed record AccountResult(bool Succeeded, IReadOnlyList<string> Errors, string? UserId = null)
{
    /// <summary>A success.</summary>
    public static AccountResult Ok(string userId) => new(true, [], userId);

    /// <summary>A failure with one reason.</summary>
    public static AccountResult Fail(string error) => new(false, [error]);

    /// <summary>A failure with Identity's reasons.</summary>
    public static AccountResult Fail(IEnumerable<string> errors) => new(false, errors.ToList());
}
