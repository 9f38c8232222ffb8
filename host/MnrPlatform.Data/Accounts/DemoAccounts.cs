using MnrPlatform.Core.Access;

namespace MnrPlatform.Data.Accounts;

/// <summary>
/// One account per role for demonstrations (<c>Demo:Enabled</c>). Their password is public: it is
/// shown on the sign-in page. When demo mode is off they are disabled at start.
/// </summary>
public static class DemoAccounts
{
    /// <summary>The configuration switch for demo mode (demo accounts; demo data).</summary>
    public const string EnabledSetting = "Demo:Enabled";

    /// <summary>The password of every demo account (shown on the sign-in page).</summary>
    public const string Password = "mnr-demo-password";

    /// <summary>The country of the demo focal point.</summary>
    public const string FocalPointCountry = "KEN";

    /// <summary>The demo accounts, one per role.</summary>
    public static IReadOnlyList<NewAccount> All { get; } =
    [
        new("administrator@demo.invalid", Roles.Administrator, null, Password, IsDemo: true),
        new("analyst@demo.invalid", Roles.Analyst, null, Password, IsDemo: true),
        new("focal.point@demo.invalid", Roles.FocalPoint, FocalPointCountry, Password, IsDemo: true),
        new("viewer@demo.invalid", Roles.Viewer, null, Password, IsDemo: true),
    ];
}
