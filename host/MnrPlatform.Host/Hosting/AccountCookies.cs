using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// The sign-in cookie: HttpOnly, SameSite=Lax, Secure outside Development, 8 hours sliding.
/// Pages redirect to sign-in or access denied; API calls get 401/403 with problem details instead.
/// </summary>
internal static class AccountCookies
{
    public const string SignInPath = "/account/sign-in";
    public const string AccessDeniedPath = "/account/access-denied";

    public static void Configure(CookieAuthenticationOptions options, IWebHostEnvironment environment)
    {
        options.Cookie.Name = "mnr.session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = SignInPath;
        options.AccessDeniedPath = AccessDeniedPath;
        options.ReturnUrlParameter = "returnUrl";
        options.Events.OnValidatePrincipal = ValidateWhenDueAsync;
        options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized, "Sign in to see this.");
        options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden, "You may not see this.");
    }

    /// <summary>
    /// Identity's security-stamp check, asked only once its interval has passed since the cookie was
    /// issued: the check itself decides the same way, but only after building the sign-in manager,
    /// user manager and a database context, on every request.
    /// </summary>
    private static Task ValidateWhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var due = context.Properties.IssuedUtc is not { } issued || now - issued > options.ValidationInterval;
        return due ? SecurityStampValidator.ValidatePrincipalAsync(context) : Task.CompletedTask;
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status, string message)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return context.Response.WriteAsJsonAsync(
                new ProblemDetails { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = message },
                options: null,
                contentType: "application/problem+json");
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
