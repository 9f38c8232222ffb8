namespace MnrPlatform.Host.Web;

/// <summary>
/// A sentence an endpoint hands to the page it redirects to (e.g. why a step was refused), in a
/// short-lived cookie that the page reads once: never in the address, where anyone could write one.
/// </summary>
internal static class OutcomeMessage
{
    private const string CookieName = "mnr.outcome";

    /// <summary>Leaves <paramref name="message"/> for the next page.</summary>
    public static void Set(HttpContext http, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Append(CookieName, message, Options(http, TimeSpan.FromMinutes(1)));
    }

    /// <summary>The message left for this page, removed once read; null when none.</summary>
    public static string? Take(HttpContext? http)
    {
        if (http?.Request.Cookies[CookieName] is not { Length: > 0 } message)
        {
            return null;
        }

        if (!http.Response.HasStarted)
        {
            http.Response.Cookies.Delete(CookieName, Options(http, null));
        }

        return message;
    }

    private static CookieOptions Options(HttpContext http, TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = http.Request.PathBase.HasValue ? http.Request.PathBase.Value : "/",
        MaxAge = maxAge,
    };
}
