using Microsoft.AspNetCore.Antiforgery;

namespace MnrPlatform.Host.Web;

/// <summary>
/// Form posts of the pages' buttons: an antiforgery token is required. The antiforgery middleware
/// only records its verdict; form binding acts on it, but steps without form fields bind nothing,
/// so the verdict is enforced here for all of them.
/// </summary>
internal static class FormPosts
{
    /// <summary>Requires a valid antiforgery token on the endpoints of <paramref name="builder"/> (400 without one).</summary>
    public static TBuilder RequireFormToken<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequireAntiforgeryTokenAttribute()).AddEndpointFilter(RefuseWithoutValidToken);

    private static async ValueTask<object?> RefuseWithoutValidToken(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            ? Results.BadRequest()
            : await next(context);
}
