using MnrPlatform.Core.Catalog;
using MnrPlatform.Sdk.Visualizations;

namespace MnrPlatform.Core.Visualizations;

/// <summary>The visualizations the active plugins register, each with its plugin and domain.</summary>
public static class PluginVisualizations
{
    /// <summary>Every visualization of <paramref name="domain"/>, in registration order.</summary>
    public static IEnumerable<Owned<VisualizationInfo>> Of(CatalogDomain domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return domain.Content.Visualizations.Select(v => new Owned<VisualizationInfo>(domain.PluginId, domain.Content.Domain.Code, v));
    }

    /// <summary>The visualization with <paramref name="id"/>; null when no active plugin registers it.</summary>
    public static Owned<VisualizationInfo>? Find(FrameworkCatalog catalog, string id)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Domains.SelectMany(Of).FirstOrDefault(v => string.Equals(v.Item.Id, id, StringComparison.Ordinal));
    }
}
