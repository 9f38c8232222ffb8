using Microsoft.AspNetCore.Identity;

namespace MnrPlatform.Data.Accounts;

/// <summary>
/// Why an account change was refused, as a stable code with its arguments (pages say it in their
/// language) and the English message (the API and the command line say that).
/// </summary>
/// <param name="Code">Identity's error code (<c>PasswordTooShort</c>, <c>DuplicateEmail</c>…) or one of this class's constants.</param>
/// <param name="Message">The English message.</param>
/// <param name="Arguments">What the message names: a length, an address.</param>
public sealed record AccountProblem(string Code, string Message, IReadOnlyList<string> Arguments)
{
    /// <summary>The account does not exist.</summary>
    public const string NoSuchAccount = "NoSuchAccount";

    /// <summary>The actor may not do this (manage users, grant this role).</summary>
    public const string NotAllowed = "NotAllowed";

    /// <summary>An administrator changing their own role or status.</summary>
    public const string OwnAccount = "OwnAccount";

    /// <summary>The change would leave no enabled administrator.</summary>
    public const string LastAdministrator = "LastAdministrator";

    /// <summary>The new password and its confirmation differ.</summary>
    public const string PasswordsDiffer = "PasswordsDiffer";

    /// <summary>Anything else: pages show the English message.</summary>
    public const string Other = "Other";

    /// <summary>A problem with this code and no arguments.</summary>
    public static AccountProblem Of(string code, string message) => new(code, message, []);

    /// <summary>An Identity error, with the argument its message names (the address or the rule's number).</summary>
    public static AccountProblem From(IdentityError error, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        IReadOnlyList<string> arguments = error.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => [AccountRules.MinimumPasswordLength.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => [AccountRules.MinimumUniqueChars.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => [email ?? ""],
            _ => [],
        };
        return new AccountProblem(error.Code, error.Description, arguments);
    }
}
