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
    public const string ReadAggregates = nameof(Permissions.ReadAggregates);
    public const string ReadAudit = nameof(Permissions.ReadAudit);
    public const string ReadAllCountries = nameof(Permissions.ReadAllCountries);
    public const string WriteAllCountries = nameof(Permissions.WriteAllCountries);
    public const string ReadOwnCountry = nameof(Permissions.ReadOwnCountry);
    public const string WriteOwnCountry = nameof(Permissions.WriteOwnCountry);

    /// <summary>Some country's unit-level data: the own country's (focal point) or every country's (secretariat).</summary>
    public const string ReadCountryData = nameof(ReadCountryData);

    /// <summary>What <see cref="ReadCountryData"/> asks for: one of these.</summary>
    public const Permissions CountryDataReaders = Permissions.ReadOwnCountry | Permissions.ReadAllCountries;

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var permission in Enum.GetValues<Permissions>().Where(p => p is not Permissions.None and not Permissions.All))
        {
            options.AddPolicy(permission.ToString(), policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => PlatformPrincipal.FromClaims(context.User).Has(permission)));
        }

        options.AddPolicy(ReadCountryData, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => (PlatformPrincipal.FromClaims(context.User).Permissions & CountryDataReaders) != Permissions.None));

        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
