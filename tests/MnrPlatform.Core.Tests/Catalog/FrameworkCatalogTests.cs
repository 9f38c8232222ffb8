using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Tests.Plugins;

namespace MnrPlatform.Core.Tests.Catalog;

public sealed class FrameworkCatalogTests
{
    [Fact]
    public void The_catalog_holds_the_active_plugins_content_with_its_owner()
    {
        var plugins = FixturePlugins.LoadAll();

        var catalog = new FrameworkCatalog(plugins);

        Assert.Equal(plugins.Count, catalog.Plugins.Count);
        Assert.Equal(plugins.Where(p => p.IsActive).Select(p => p.Id).Order(StringComparer.Ordinal), catalog.Domains.Select(d => d.PluginId).Order(StringComparer.Ordinal));
        var question = catalog.Question("fixture-good.in-place");
        Assert.Equal(("fixture.good", "fixture-good", "fixture-good.capability"), (question!.PluginId, question.DomainCode, question.Item.CapabilityCode));
        Assert.Equal("fixture.diff-new", catalog.Indicator("fixture-diff-new.in-place.share")!.PluginId);
        Assert.NotNull(catalog.Chart("fixture-good.shares"));
        Assert.Null(catalog.Question("fixture-throws.in-place"));
        Assert.Equal(catalog.Domains.Count, catalog.Capabilities.Count());
    }
}
