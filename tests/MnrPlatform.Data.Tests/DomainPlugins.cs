using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Data.Tests;

/// <summary>The six domain plugins as the host loads them: from this build's plugins folder, through the real loader.</summary>
internal static class DomainPlugins
{
    private static readonly Lazy<FrameworkCatalog> Loaded = new(() =>
    {
        var plugins = new PluginLoader(NullLogger<PluginLoader>.Instance).LoadAll(Path.Combine(AppContext.BaseDirectory, "plugins"), []);
        Assert.All(plugins, p => Assert.True(p.IsActive, $"{p.Id}: {p.Reason}"));
        Assert.Equal(6, plugins.Count);
        return new FrameworkCatalog(plugins);
    });

    public static FrameworkCatalog Catalog => Loaded.Value;
}
