using MnrPlatform.Host.Components;
using MnrPlatform.Host.Hosting;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The web pages: Razor components rendered on the server (static SSR, no interactive render
/// modes), static files, the error and not-found pages.
/// </summary>
internal static class WebUiExtensions
{
    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        builder.Services.AddAntiforgery();
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
        app.UseStaticFiles();
        app.UseAccounts();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.MapRazorComponents<App>();

        // Unknown addresses get the not-found page for everyone, not a sign-in prompt (the
        // fallback authorization policy would otherwise apply to requests no endpoint matched).
        app.MapFallback(() => Results.NotFound()).AllowAnonymous();
        return app;
    }
}
