using MnrPlatform.Host.Components;
using MnrPlatform.Host.Hosting;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The web pages: Razor components rendered on the server (static SSR, no interactive render
/// modes), static files, the error and not-found pages.
/// </summary>
internal static class WebUiExtensions
{
    /// <summary>The antiforgery cookie's name.</summary>
    public const string AntiforgeryCookie = "mnr.antiforgery";

    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        // The antiforgery cookie is Secure on https requests. 'Always' would make antiforgery throw
        // on every plain-http request (e.g. behind a proxy whose forwarded headers are not enabled);
        // the session cookie itself is Secure outside Development (AccountCookies).
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookie;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    public static WebApplication UseWebUi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // Outside Development an unhandled error re-renders /error, which shows a request id only.
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseReExecutionAsGet();
        app.UseStaticFiles();
        app.UseAccounts();
        app.UseAntiforgery();
        // After sign-in: cached dashboard pages are keyed by who is viewing (DashboardPageCache).
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.MapRazorComponents<App>();
        return app;
    }
}
