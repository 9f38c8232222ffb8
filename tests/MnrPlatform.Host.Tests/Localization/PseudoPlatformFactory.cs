using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>The demo platform with the pseudo-language offered besides the real ones (asked for through Accept-Language).</summary>
public sealed class PseudoPlatformFactory : DemoPlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStringLocalizerFactory, PseudoLocalizerFactory>();
            services.PostConfigure<RequestLocalizationOptions>(options =>
            {
                var pseudo = new CultureInfo(PseudoLocalization.Culture);
                options.SupportedCultures!.Add(pseudo);
                options.SupportedUICultures!.Add(pseudo);
            });
        });
    }
}
