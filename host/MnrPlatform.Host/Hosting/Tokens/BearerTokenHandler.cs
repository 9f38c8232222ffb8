using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MnrPlatform.Data.Accounts.Tokens;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Hosting.Tokens;

/// <summary>
/// <c>Authorization: Bearer mnr_pat_…</c>: a personal access token acts as its account, with the
/// same claims a cookie sign-in gives (<see cref="PlatformClaimsFactory"/>), so every scope and
/// policy decides alike. A refused token answers 401 with problem details and WWW-Authenticate;
/// a token never appears in a log line or a problem (only why it was refused).
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokens tokens,
    IUserClaimsPrincipalFactory<PlatformUser> claims)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Presented(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        var check = await tokens.CheckAsync(secret, Context.RequestAborted);
        if (!check.Accepted)
        {
            return AuthenticateResult.Fail(check.Refusal ?? "The token is refused.");
        }

        var principal = await claims.CreateAsync(check.User!);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var reason = result.Failure?.Message ?? "Send a personal access token: Authorization: Bearer mnr_pat_….";
        Response.Headers.WWWAuthenticate = result.Failure is null
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{reason.Replace("\"", "'", StringComparison.Ordinal)}\"";
        await WriteProblemAsync(StatusCodes.Status401Unauthorized, "Unauthorized", reason);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden", "Your account's role does not allow this.");

    /// <summary>The token of an <c>Authorization: Bearer</c> header; null when there is none.</summary>
    public static string? Presented(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? header[Prefix.Length..].Trim() : null;
    }

    private Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Response.WriteAsJsonAsync(
            new ProblemDetails { Status = status, Title = title, Detail = detail },
            options: null,
            contentType: "application/problem+json");
    }
}
