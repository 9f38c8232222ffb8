using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Core.Tests.Plugins;

namespace MnrPlatform.Core.Tests.Catalog;

public sealed class LiveCatalogTests
{
    private static PluginLoader Loader() => new(new LogRecorder().For<PluginLoader>());

    [Fact]
    public void A_reload_keeps_an_unchanged_plugin_and_its_load_context()
    {
        using var temp = new TempDirectory();
        var folder = FixturePlugins.Arrange(temp, ("fixture.good", "good"));
        var first = Loader().LoadUnloadable(folder, [], []);

        var second = Loader().LoadUnloadable(folder, [], first);

        Assert.Equal(PluginStatus.Active, Assert.Single(second).Status);
        Assert.Same(first[0].Content, second[0].Content);
        Assert.True(ContextOf(second[0]).IsCollectible);
    }

    [Fact]
    public void A_swapped_out_plugin_unloads_once_the_last_request_holding_its_catalog_ends()
    {
        using var temp = new TempDirectory();
        var folder = FixturePlugins.Arrange(temp, ("fixture.good", "good"));
        var live = Start(folder);
        var request = new StrongBox<CatalogLease?>();
        var context = HoldThenDisable(live, folder, request);

        Collect();
        Assert.True(context.IsAlive, "the request still holds the old catalog, so its plugin must stay loaded");
        Assert.Empty(live.Current.Domains);

        request.Value!.Dispose(); // the request ends, and its scope lets go of the lease
        request.Value = null;
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            Collect();
        }

        Assert.False(context.IsAlive, "the old plugin's load context did not unload after its last lease ended");
    }

    // These are kept out of line so that no local or temporary of the test method roots the old plugin.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LiveCatalog Start(string folder) => new(Loader().LoadUnloadable(folder, [], []));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference HoldThenDisable(LiveCatalog live, string folder, StrongBox<CatalogLease?> request)
    {
        var lease = request.Value = live.Acquire();
        var context = new WeakReference(ContextOf(lease.Catalog.Plugins[0]));
        live.Swap(Loader().LoadUnloadable(folder, ["fixture.good"], live.Current.Plugins));
        Assert.Equal("fixture-good", Assert.Single(lease.Catalog.Domains).Content.Domain.Code);
        return context;
    }

    private static AssemblyLoadContext ContextOf(InstalledPlugin plugin)
    {
        var loader = typeof(InstalledPlugin).GetProperty("Loader", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(plugin)!;
        return (AssemblyLoadContext)loader.GetType().GetProperty("LoadContext")!.GetValue(loader)!;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
