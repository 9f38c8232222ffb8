using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Hosting.Circuits;

/// <summary>
/// The authentication state of an interactive circuit, checked again every
/// <see cref="CircuitOptions.RevalidationInterval"/>: a user who was disabled, removed, or whose
/// security stamp changed (role or country changed, password reset) becomes anonymous in every
/// open circuit, and the page stops showing data.
/// </summary>
internal sealed class RevalidatingAccountStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> identity,
    IOptions<CircuitAccountOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        return await IsStillValidAsync(users, authenticationState.User);
    }

    private async Task<bool> IsStillValidAsync(UserManager<PlatformUser> users, ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        var user = await users.GetUserAsync(principal);
        if (user is null || user.DisabledAt is not null)
        {
            return false;
        }

        var stampInCookie = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return string.Equals(stampInCookie, await users.GetSecurityStampAsync(user), StringComparison.Ordinal);
    }
}

/// <summary>How often an open circuit checks that its user may still be signed in.</summary>
public sealed class CircuitAccountOptions
{
    public const string SectionName = "Accounts:Circuits";

    /// <summary>Default one minute, as the sign-in cookie's own security-stamp check.</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
