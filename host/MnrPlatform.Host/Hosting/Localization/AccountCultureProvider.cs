using Microsoft.AspNetCore.Localization;

namespace MnrPlatform.Host.Hosting.Localization;

/// <summary>
/// The language the signed-in user chose, from their sign-in cookie's claim
/// (<see cref="PlatformCultures.Claim"/>, written from <c>PlatformUser.PreferredCulture</c>): no
/// database read per request. Comes before the language cookie and the browser's languages.
/// </summary>
internal sealed class AccountCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var chosen = httpContext.User.Identity?.IsAuthenticated == true
            ? PlatformCultures.Find(httpContext.User.FindFirst(PlatformCultures.Claim)?.Value)
            : null;
        return Task.FromResult(chosen is null ? null : new ProviderCultureResult(chosen.Name));
    }
}
