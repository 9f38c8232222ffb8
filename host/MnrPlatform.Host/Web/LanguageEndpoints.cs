using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using MnrPlatform.Data.Entities;
using MnrPlatform.Host.Hosting.Localization;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The language menu's form post: sets the language cookie and, for a signed-in user, the account's
/// choice (their sign-in cookie is renewed so its claim follows), then returns to the page it came from.
/// A plain post, so it works on static pages and, through a full page load, restarts an interactive page's circuit in the new language.
/// </summary>
internal static class LanguageEndpoints
{
    /// <summary>Where the language menu posts.</summary>
    public const string Path = "/account/language";

    public static WebApplication MapLanguageEndpoints(this WebApplication app)
    {
        app.MapPost(Path, ChooseAsync).AllowAnonymous().RequireFormToken().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ChooseAsync(
        HttpContext http,
        SignInManager<PlatformUser> signIn,
        [FromForm(Name = "culture")] string? culture,
        [FromForm(Name = "returnUrl")] string? returnUrl)
    {
        if (PlatformCultures.Find(culture) is not { } chosen)
        {
            return Results.Problem(
                $"The language '{culture}' is not offered; choose one of {string.Join(", ", PlatformCultures.All.Select(c => c.Name))}.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        http.Response.Cookies.Append(
            PlatformCultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen.Name)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, IsEssential = true });

        if (http.User.Identity?.IsAuthenticated == true && await signIn.UserManager.GetUserAsync(http.User) is { } user)
        {
            user.PreferredCulture = chosen.Name;
            var updated = await signIn.UserManager.UpdateAsync(user);
            if (!updated.Succeeded)
            {
                throw new InvalidOperationException($"Saving the language '{chosen.Name}' of user {user.Id} failed: {string.Join("; ", updated.Errors.Select(e => e.Description))}");
            }

            await signIn.RefreshSignInAsync(user);
        }

        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
