using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace MnrPlatform.Host.Hosting.Tokens;

/// <summary>
/// Personal access tokens next to the sign-in cookie: a request to <c>/api</c> with an
/// <c>Authorization: Bearer</c> header is authenticated (and challenged, and forbidden) by
/// <see cref="BearerTokenHandler"/>; every other request by the cookie as before. Pages never
/// accept a token.
/// </summary>
internal static class TokenAuthenticationExtensions
{
    /// <summary>The scheme that picks the cookie or the token for each request.</summary>
    public const string CookieOrToken = "CookieOrToken";

    public static IServiceCollection AddAccessTokenAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddPolicyScheme(CookieOrToken, "Sign-in cookie, or a personal access token on /api", options =>
                options.ForwardDefaultSelector = context => UsesToken(context.Request) ? BearerTokenHandler.SchemeName : IdentityConstants.ApplicationScheme);
        // After AddIdentity, which made the cookie the default.
        services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultAuthenticateScheme = CookieOrToken;
            options.DefaultChallengeScheme = CookieOrToken;
            options.DefaultForbidScheme = CookieOrToken;
        });
        return services;
    }

    private static bool UsesToken(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && BearerTokenHandler.Presented(request) is not null;
}
