using MnrPlatform.Host.Components;
using MnrPlatform.Host.Hosting;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Theme;
using MudBlazor.Services;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The web pages: Razor components on MudBlazor, rendered on the server. Pages that are read are
/// static (prerendered, cacheable); pages where people work declare <c>InteractiveServer</c>
/// themselves (see the host's README). Static assets, the error and not-found pages.
/// </summary>
internal static class WebUiExtensions
{
    /// <summary>The antiforgery cookie's name.</summary>
    public const string AntiforgeryCookie = "mnr.antiforgery";

    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        // Serves MudBlazor's and Blazor's files (and their compressed copies) from the build output in
        // every environment, as a test host or `dotnet run` in Production needs; a published app has none.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            // A circuit's first message carries the state its prerender read (a full questionnaire is
            // over SignalR's default 32 KB); the hub serves signed-in users only.
            .AddHubOptions(options => options.MaximumReceiveMessageSize = 1024 * 1024);
        builder.Services.AddMudServices(MudConfiguration.Configure);
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
        app.UsePlatformLocalization();
        app.UseAntiforgery();
        // After sign-in: cached dashboard pages are keyed by who is viewing (DashboardPageCache).
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
