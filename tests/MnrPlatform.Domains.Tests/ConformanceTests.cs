using MnrPlatform.Sdk.Testing;

namespace MnrPlatform.Domains.Tests;

public sealed class ConformanceTests
{
    [Theory]
    [InlineData("mnrplatform.domains.policy")]
    [InlineData("mnrplatform.domains.criminal-justice")]
    [InlineData("mnrplatform.domains.victim")]
    [InlineData("mnrplatform.domains.societal")]
    [InlineData("mnrplatform.domains.industry")]
    [InlineData("mnrplatform.domains.media")]
    public void Each_domain_plugin_passes_the_sdk_conformance_kit(string pluginId)
    {
        var report = PluginConformance.AssertConforms(pluginId);

        Assert.Equal(pluginId.Split('.')[^1], report.Content!.Domain.Code);
    }

    [Fact]
    public void The_six_plugins_load_together_without_clashing()
    {
        var reports = PluginConformance.CheckAll();

        Assert.Equal(6, reports.Count);
        Assert.All(reports, r => Assert.True(r.Conforms, string.Join(Environment.NewLine, r.Problems)));
    }
}
