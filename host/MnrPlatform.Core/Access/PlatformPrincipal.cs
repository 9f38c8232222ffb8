using System.Security.Claims;

namespace MnrPlatform.Core.Access;

/// <summary>
/// Who is acting: a signed-in user (from the sign-in cookie's claims), the command line or the
/// platform itself. The one input to <see cref="AccessScope"/> and <see cref="RoleGrant"/>.
/// </summary>
public sealed record PlatformPrincipal
{
    /// <summary>The claim that carries a focal point's country (ISO 3166-1 alpha-3).</summary>
    public const string CountryClaim = "mnr:country";

    /// <summary>Creates a principal; roles outside <see cref="Roles.All"/> grant nothing.</summary>
    public PlatformPrincipal(string? userId, string name, IEnumerable<string> roles, string? countryIso3)
    {
        UserId = userId;
        Name = name;
        Roles = roles.Where(Access.Roles.IsKnown).ToHashSet(StringComparer.Ordinal);
        CountryIso3 = CountryCode.IsValid(countryIso3) ? countryIso3 : null;
        Permissions = Roles.Aggregate(Permissions.None, (all, role) => all | Access.Roles.PermissionsOf(role));
    }

    /// <summary>Nobody signed in.</summary>
    public static PlatformPrincipal Anonymous { get; } = new(null, "anonymous", [], null);

    /// <summary>
    /// The platform or an operator at the server's command line: as powerful as an administrator
    /// (whoever runs <c>mnr</c> on the server already holds the database).
    /// </summary>
    public static PlatformPrincipal System(string name) => new(null, name, [Access.Roles.Administrator], null);

    /// <summary>Reads the claims of the sign-in cookie (name identifier, name, roles, country).</summary>
    public static PlatformPrincipal FromClaims(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value);
        return new PlatformPrincipal(
            user.FindFirst(ClaimTypes.NameIdentifier)?.Value,
            user.Identity.Name ?? "unknown",
            roles,
            user.FindFirst(CountryClaim)?.Value);
    }

    /// <summary>The user's id; null for anonymous and for <see cref="System"/>.</summary>
    public string? UserId { get; }

    /// <summary>For people and the audit log: the user name (an e-mail address) or the system actor's name.</summary>
    public string Name { get; }

    /// <summary>The known roles held.</summary>
    public IReadOnlySet<string> Roles { get; }

    /// <summary>A focal point's country; null for everyone else.</summary>
    public string? CountryIso3 { get; }

    /// <summary>The union of the roles' permissions.</summary>
    public Permissions Permissions { get; }

    /// <summary>True when every permission in <paramref name="required"/> is held.</summary>
    public bool Has(Permissions required) => (Permissions & required) == required;
}
