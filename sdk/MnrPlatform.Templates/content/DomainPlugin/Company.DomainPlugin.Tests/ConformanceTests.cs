using MnrPlatform.Sdk.Testing;

namespace Company.DomainPlugin.Tests;

public sealed class ConformanceTests
{
    [Fact]
    public void The_plugin_loads_in_the_host_as_built()
    {
        // Loads bin/.../plugins/company.plugin-id/ (deployed by DeployAsPlugin="true") through the
        // host's real loader: manifest, SDK range, file hashes, Configure and the content rules.
        var report = PluginConformance.AssertConforms("company.plugin-id");

        Assert.Equal(Plugin.DomainCode, report.Content!.Domain.Code);
    }
}
