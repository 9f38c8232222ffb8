using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// Loads the domain plugins at start and offers their merged content as the <see cref="FrameworkCatalog"/>:
/// each request (or circuit) gets the catalog current when it starts. With Plugins:Watch in
/// Development, a changed plugin folder is reloaded and new requests get the new catalog.
/// </summary>
internal static partial class PluginHostingExtensions
{
    public static WebApplicationBuilder AddPlugins(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PluginOptions>(builder.Configuration.GetSection(PluginOptions.SectionName));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PluginLoader>();
        builder.Services.AddSingleton<PluginCallGuard>();
        var watch = builder.Configuration.GetValue<bool>($"{PluginOptions.SectionName}:{nameof(PluginOptions.Watch)}") && builder.Environment.IsDevelopment();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<PluginOptions>>().Value;
            var folder = Path.GetFullPath(options.Path, AppContext.BaseDirectory);
            var loader = services.GetRequiredService<PluginLoader>();
            if (options.Watch && !watch)
            {
                WatchIgnored(services.GetRequiredService<ILogger<PluginLoader>>(), builder.Environment.EnvironmentName);
            }

            return new LiveCatalog(watch ? loader.LoadUnloadable(folder, options.Disabled, []) : loader.LoadAll(folder, options.Disabled));
        });
        builder.Services.AddScoped(services => services.GetRequiredService<LiveCatalog>().Acquire());
        builder.Services.AddScoped(services => services.GetRequiredService<CatalogLease>().Catalog);
        if (watch)
        {
            builder.Services.AddHostedService<PluginWatchService>();
        }

        return builder;
    }

    /// <summary>Loads the plugins now, so start-up logs say what loaded and the first request does not wait.</summary>
    public static WebApplication LoadPlugins(this WebApplication app)
    {
        app.Services.GetRequiredService<LiveCatalog>();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugins:Watch is ignored in the {Environment} environment: plugins reload only in Development")]
    private static partial void WatchIgnored(ILogger logger, string environment);
}
