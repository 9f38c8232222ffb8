using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MnrPlatform.Host.Web.Api;
using MudBlazor;

namespace MnrPlatform.Host.Hosting.Localization;

/// <summary>
/// The language of each request: the account's choice, else the language cookie (the menu before
/// sign-in), else the browser's Accept-Language, else English. Pages take their words from
/// <c>IStringLocalizer</c> over <c>Resources/*.resx</c>; numbers and dates follow the same culture.
/// Codes, CSV, JSON and the API format invariantly whatever the language.
/// </summary>
internal static class LocalizationHostingExtensions
{
    public static WebApplicationBuilder AddPlatformLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Replace(ServiceDescriptor.Transient<MudLocalizer, PlatformMudLocalizer>());
        // Pages carry French, Spanish and Arabic letters as they are, not as numeric character references
        // (markup characters are still escaped).
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = PlatformCultures.All.Select(c => new CultureInfo(c.Name)).ToList();
            options.DefaultRequestCulture = new RequestCulture(PlatformCultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new AccountCultureProvider(),
                new CookieRequestCultureProvider { CookieName = PlatformCultures.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        // Interactive pages get MudBlazor's direction too: the static layout's MudRTLProvider does not reach into a circuit.
        builder.Services.AddCascadingValue("RightToLeft", _ => PlatformCultures.CurrentIsRightToLeft);
        return builder;
    }

    /// <summary>After authentication (the account's choice is a claim) and before the page cache (pages vary by language).</summary>
    public static WebApplication UsePlatformLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        // The JSON API answers alike whatever the caller's languages: programs parse its messages too.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(ApiExtensions.Prefix, StringComparison.OrdinalIgnoreCase),
            api => api.Use((context, next) =>
            {
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
                return next(context);
            }));
        return app;
    }
}
