namespace MnrPlatform.Core.Access;

/// <summary>The answer to "may this grantor give that role?", with a reason a person can act on.</summary>
/// <param name="Allowed">True when the grant may go ahead.</param>
/// <param name="Reason">Why not; empty when allowed.</param>
public sealed record GrantDecision(bool Allowed, string Reason)
{
    internal static GrantDecision Yes { get; } = new(true, "");

    internal static GrantDecision No(string reason) => new(false, reason);
}

/// <summary>
/// A user cannot grant more than they hold: the grantor must manage users and hold every
/// permission of the role granted; a country-bound grantor can only grant its own country.
/// </summary>
public static class RoleGrant
{
    /// <summary>Decides whether <paramref name="grantor"/> may give <paramref name="role"/> (and country) to someone.</summary>
    public static GrantDecision Check(PlatformPrincipal grantor, string role, string? countryIso3)
    {
        ArgumentNullException.ThrowIfNull(grantor);
        return Check(grantor.Name, grantor.Permissions, grantor.CountryIso3, role, countryIso3);
    }

    /// <summary>
    /// Decides from the grantor's permissions themselves (so a delegated role that manages some
    /// users only is checked by the same rule).
    /// </summary>
    public static GrantDecision Check(string grantorName, Permissions held, string? grantorCountryIso3, string role, string? countryIso3)
    {
        if ((held & Permissions.ManageUsers) == 0)
        {
            return GrantDecision.No($"{grantorName} may not manage users.");
        }

        if (!Roles.IsKnown(role))
        {
            return GrantDecision.No($"'{role}' is not a role. Use one of: {string.Join(", ", Roles.All)}.");
        }

        var missing = Roles.PermissionsOf(role) & ~held;
        if (missing != Permissions.None)
        {
            return GrantDecision.No($"{grantorName} cannot grant {role}: it needs {missing}, which {grantorName} does not hold.");
        }

        if (Roles.IsCountryBound(role))
        {
            if (!CountryCode.IsValid(countryIso3))
            {
                return GrantDecision.No("A focal point needs a country: its ISO 3166-1 alpha-3 code, three capital letters (e.g. KEN).");
            }

            if ((held & Permissions.ReadAllCountries) == 0 && !string.Equals(grantorCountryIso3, countryIso3, StringComparison.Ordinal))
            {
                return GrantDecision.No($"{grantorName} can only grant its own country.");
            }
        }
        else if (countryIso3 is not null)
        {
            return GrantDecision.No($"Only a focal point is bound to a country; a {role} is not.");
        }

        return GrantDecision.Yes;
    }
}
