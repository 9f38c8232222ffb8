using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Host.Hosting;

/// <summary>Loads the domain plugins at start and offers their merged content as the <see cref="FrameworkCatalog"/>.</summary>
internal static class PluginHostingExtensions
{
    public static WebApplicationBuilder AddPlugins(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PluginOptions>(builder.Configuration.GetSection(PluginOptions.SectionName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PluginLoader>();
        builder.Services.AddSingleton<PluginCallGuard>();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<PluginOptions>>().Value;
            var folder = Path.GetFullPath(options.Path, AppContext.BaseDirectory);
            return new FrameworkCatalog(services.GetRequiredService<PluginLoader>().LoadAll(folder, options.Disabled));
        });
        return builder;
    }

    /// <summary>Loads the plugins now, so start-up logs say what loaded and the first request does not wait.</summary>
    public static WebApplication LoadPlugins(this WebApplication app)
    {
        app.Services.GetRequiredService<FrameworkCatalog>();
        return app;
    }
}
