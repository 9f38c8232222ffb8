using Microsoft.AspNetCore.Identity;

namespace MnrPlatform.Data.Accounts;

/// <summary>
/// Password, lockout and user rules, shared by the web host and the <c>mnr</c> command line so an
/// account created by either follows the same rules.
/// </summary>
public static class AccountRules
{
    /// <summary>The shortest password accepted (length beats composition rules; NIST SP 800-63B).</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>How many different characters a password needs at least.</summary>
    public const int MinimumUniqueChars = 4;

    /// <summary>Failed sign-ins in a row before the account is locked for <see cref="LockoutDuration"/>.</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Applies the rules to Identity's options.</summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = MinimumUniqueChars;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
