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

/// <summary>The outcome of an account operation; <see cref="Errors"/> say what to fix (in English), <see cref="Problems"/> the same as codes.</summary>
/// <param name="Succeeded">True when the change was made (and audited).</param>
/// <param name="Problems">Why not.</param>
/// <param name="UserId">The account concerned, when known.</param>
public sealed record AccountResult(bool Succeeded, IReadOnlyList<AccountProblem> Problems, string? UserId = null)
{
    /// <summary>Why not, in English (the API's and the command line's messages).</summary>
    public IReadOnlyList<string> Errors => [.. Problems.Select(p => p.Message)];

    /// <summary>A success.</summary>
    public static AccountResult Ok(string userId) => new(true, [], userId);

    /// <summary>A failure with one reason.</summary>
    public static AccountResult Fail(AccountProblem problem) => new(false, [problem]);

    /// <summary>A failure with one reason that has no code of its own (<see cref="AccountProblem.Other"/>).</summary>
    public static AccountResult Fail(string message) => Fail(AccountProblem.Of(AccountProblem.Other, message));

    /// <summary>A failure with one reason of code <paramref name="code"/>.</summary>
    public static AccountResult Fail(string code, string message) => Fail(AccountProblem.Of(code, message));

    /// <summary>A failure with several reasons (Identity's).</summary>
    public static AccountResult Fail(IEnumerable<AccountProblem> problems) => new(false, problems.ToList());
}
