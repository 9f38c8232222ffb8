namespace MnrPlatform.Host.Hosting;

/// <summary>The <c>Accounts</c> configuration section.</summary>
internal sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    /// <summary>
    /// An administrator created at start when no enabled administrator exists, e.g. from the
    /// environment variables <c>Accounts__InitialAdministrator__Email</c> and <c>..__Password</c>.
    /// </summary>
    public InitialAdministratorOptions InitialAdministrator { get; set; } = new();

    /// <summary>Sign-in attempts allowed per client address and window.</summary>
    public SignInRateLimitOptions SignInRateLimit { get; set; } = new();
}

internal sealed class InitialAdministratorOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}

internal sealed class SignInRateLimitOptions
{
    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;
}
