using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.TestSupport;

/// <summary>
/// The six domain plugins as the host loads them: from the test project's plugins folder (deployed
/// by its DeployAsPlugin references), through the real loader. Linked as source into the test
/// projects that need it; MnrPlatform.TestSupport itself does not depend on Core.
/// </summary>
internal static partial class DomainPlugins
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
