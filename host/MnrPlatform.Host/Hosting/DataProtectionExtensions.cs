using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace MnrPlatform.Host.Hosting;

internal static class DataProtectionExtensions
{
    public static WebApplicationBuilder AddSharedDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("MnrPlatform");
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new StoreXmlRepository(services.GetRequiredService<IServiceScopeFactory>())));
        return builder;
    }
}
