using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Web;

/// <summary>Sign-out: a POST with an antiforgery token (the [FromForm] binding makes the token required).</summary>
internal static class AccountEndpoints
{
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/sign-out", SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignOutAsync(SignInManager<PlatformUser> signIn, [FromForm(Name = "returnUrl")] string? returnUrl)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
