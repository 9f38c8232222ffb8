using Microsoft.AspNetCore.Antiforgery;

namespace MnrPlatform.Host.Web;

/// <summary>Form posts of the pages: every one carries a valid antiforgery token, or is refused (400).</summary>
internal static class FormPosts
{
    /// <summary>Demands a valid antiforgery token on every endpoint of <paramref name="group"/>.</summary>
    public static RouteGroupBuilder RequireValidAntiforgeryToken(this RouteGroupBuilder group) =>
        group.WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter(RefuseWithoutValidToken);

    // The antiforgery middleware only records its verdict; form binding acts on it, but steps
    // without form fields bind nothing, so the verdict is enforced here for all of them.
    private static async ValueTask<object?> RefuseWithoutValidToken(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            ? Results.BadRequest()
            : await next(context);
}
