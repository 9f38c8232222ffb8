using Microsoft.AspNetCore.OutputCaching;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Web;

/// <summary>
/// Server-side caching of the rendered dashboard pages that show aggregates only (the overview),
/// marked with <c>[OutputCache(PolicyName = DashboardPageCache.PolicyName)]</c>.
/// <para>
/// A page is cached per viewer and browser session: the key holds the user, their permissions and
/// country (what the page may show them), the language, antiforgery cookie (the page's sign-out form carries a
/// token bound to it), the query, whether Blazor's enhanced navigation asks (its answer is framed for
/// patching in, a browser's is a whole page), and the results stamp (<see cref="ResultsStampMemo"/>), so a
/// validation shows within a second. A response that sets a cookie or is not a 200 is not stored.
/// Pages that read a named country's answers are audited per read and are never cached.
/// </para>
/// </summary>
internal static class DashboardPageCache
{
    public const string PolicyName = "dashboard";

    /// <summary>How long a page stays cached at most (also bounding a change the stamp does not see, e.g. a user's name).</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    public static WebApplicationBuilder AddDashboardPageCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ResultsStampMemo>();
        builder.Services.AddOutputCache(options => options.AddPolicy(PolicyName, new Policy()));
        return builder;
    }

    private sealed class Policy : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var cacheable = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = Expiry;
            if (!cacheable)
            {
                return;
            }

            var principal = PlatformPrincipal.FromClaims(http.User);
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["user"] = principal.UserId ?? "";
            context.CacheVaryByRules.VaryByValues["permissions"] = ((long)principal.Permissions).ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.CacheVaryByRules.VaryByValues["country"] = principal.CountryIso3 ?? "";
            context.CacheVaryByRules.VaryByValues["culture"] = System.Globalization.CultureInfo.CurrentUICulture.Name;
            context.CacheVaryByRules.VaryByValues["enhanced"] = IsEnhancedNavigation(http.Request) ? "1" : "0";
            context.CacheVaryByRules.VaryByValues["antiforgery"] = http.Request.Cookies[WebUiExtensions.AntiforgeryCookie] ?? "";
            context.CacheVaryByRules.VaryByValues["results"] = await http.RequestServices.GetRequiredService<ResultsStampMemo>().CurrentAsync(cancellation);
        }

        // Blazor's enhanced navigation fetches a page with this Accept header and gets a response framed for it.
        private static bool IsEnhancedNavigation(HttpRequest request) =>
            request.Headers.Accept.ToString().Contains("blazor-enhanced-nav=on", StringComparison.Ordinal);

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
