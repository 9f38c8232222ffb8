using System.Threading.RateLimiting;
using MnrPlatform.Host.Hosting;

namespace MnrPlatform.Host.Web;

/// <summary>
/// Sign-in attempts (POSTs to the sign-in page) per client address and window, on top of the
/// per-account lockout: slows password guessing across many accounts.
/// </summary>
internal static class SignInRateLimiting
{
    public const string Policy = "sign-in";

    public static WebApplicationBuilder AddSignInRateLimiting(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(AccountsOptions.SectionName).Get<AccountsOptions>()?.SignInRateLimit ?? new SignInRateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitLimit,
                        Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                        QueueLimit = 0,
                    })
                : RateLimitPartition.GetNoLimiter("page"));
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Too many sign-in attempts from this address. Wait a minute, then try again.", cancellationToken);
            };
        });
        return builder;
    }
}
