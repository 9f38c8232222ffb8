using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>The six domain plugins from the test's plugins folder, loaded once by the real loader for the component tests.</summary>
internal static class PluginCatalog
{
    private static readonly Lazy<FrameworkCatalog> Loaded = new(() =>
        new FrameworkCatalog(new PluginLoader(NullLogger<PluginLoader>.Instance).LoadAll(Path.Combine(AppContext.BaseDirectory, "plugins"), [])));

    public static FrameworkCatalog Shared => Loaded.Value;
}
