using Microsoft.AspNetCore.Authorization;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Web;

/// <summary>
/// Authorization policies, one per permission (<see cref="Permissions"/>), decided from the
/// user's roles by <see cref="PlatformPrincipal"/>. Every endpoint is private unless it says
/// otherwise: the fallback policy asks for a signed-in user, public pages carry [AllowAnonymous].
/// </summary>
internal static class AccessPolicies
{
    public const string ManageUsers = nameof(Permissions.ManageUsers);
    public const string ManagePlugins = nameof(Permissions.ManagePlugins);
    public const string ManageSettings = nameof(Permissions.ManageSettings);
    public const string ReadAudit = nameof(Permissions.ReadAudit);
    public const string ReadAllCountries = nameof(Permissions.ReadAllCountries);
    public const string WriteAllCountries = nameof(Permissions.WriteAllCountries);
    public const string ReadOwnCountry = nameof(Permissions.ReadOwnCountry);
    public const string WriteOwnCountry = nameof(Permissions.WriteOwnCountry);

    /// <summary>
    /// Unit-level data of one country or of all: focal points and the secretariat. Which country a
    /// user may see is decided by <see cref="AccessScope"/> where the data is read.
    /// </summary>
    public const string CountryData = nameof(CountryData);

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permissions>().Where(p => p is not Permissions.None and not Permissions.All))
        {
            options.AddPolicy(permission.ToString(), policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => PlatformPrincipal.FromClaims(context.User).Has(permission)));
        }

        options.AddPolicy(CountryData, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => PlatformPrincipal.FromClaims(context.User) is var user
                && (user.Has(Permissions.ReadOwnCountry) || user.Has(Permissions.ReadAllCountries))));

        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
