using System.Security.Claims;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Hosting.Circuits;

/// <summary>
/// Who is signed in, for the current request or interactive circuit. In a request it is the
/// request's user; in a circuit <see cref="CircuitUserTracker"/> sets it from the revalidating
/// authentication state, so a user disabled or demoted in another session loses access here too.
/// Never read <c>HttpContext</c> in an interactive component: it is null in a circuit.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    private ClaimsPrincipal? circuitUser;

    /// <summary>The signed-in user (an anonymous principal when nobody is).</summary>
    public ClaimsPrincipal User => circuitUser ?? http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    /// <summary>The platform's view of <see cref="User"/>: roles, permissions and country.</summary>
    public PlatformPrincipal Principal => PlatformPrincipal.FromClaims(User);

    /// <summary>What the user may read, built afresh from the current user at each call.</summary>
    public AccessScope Scope => AccessScope.For(Principal);

    internal void SetCircuitUser(ClaimsPrincipal user) => circuitUser = user;
}
