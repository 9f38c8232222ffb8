using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Web;

/// <summary>Where a user lands after signing in without a return address: the secretariat on its dashboard, everyone else on the overview.</summary>
internal static class LandingPage
{
    public const string SecretariatDashboard = "/secretariat";

    public static string For(IEnumerable<string> roles) =>
        roles.Any(role => (Roles.PermissionsOf(role) & Permissions.ReadAllCountries) != Permissions.None) ? SecretariatDashboard : "/";
}
