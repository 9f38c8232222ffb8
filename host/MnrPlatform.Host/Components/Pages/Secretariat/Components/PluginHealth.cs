using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Host.Components.Pages.Secretariat.Components;

/// <summary>How many plugins need an administrator, and how many calls into plugins failed lately.</summary>
/// <param name="NeedAttention">Plugins that are faulted or incompatible.</param>
/// <param name="RecentFaults">Recent failed calls into active plugins.</param>
public sealed record PluginHealth(int NeedAttention, int RecentFaults)
{
    /// <summary>Nothing to do.</summary>
    public bool IsHealthy => NeedAttention == 0 && RecentFaults == 0;

    /// <summary>The plugins as the host loaded them, and the faults its guard kept.</summary>
    public static PluginHealth Of(FrameworkCatalog catalog, PluginCallGuard guard)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(guard);
        return new PluginHealth(
            catalog.Plugins.Count(p => p.Status is PluginStatus.Faulted or PluginStatus.Incompatible),
            catalog.Plugins.Sum(p => guard.RecentFaults(p.Id).Count));
    }
}
