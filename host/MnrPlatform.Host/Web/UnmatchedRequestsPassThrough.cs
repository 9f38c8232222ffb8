using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The fallback policy (signed-in users only) guards every endpoint that declares nothing. A
/// request that matched no endpoint at all is let through instead, so an unknown address gets the
/// not-found page for everyone rather than a sign-in prompt; there is nothing behind it to protect.
/// </summary>
internal sealed class UnmatchedRequestsPassThrough : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint() is null
            ? next(context)
            : standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
