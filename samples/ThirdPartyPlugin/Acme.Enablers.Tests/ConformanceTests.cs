using MnrPlatform.Sdk.Testing;

namespace Acme.Enablers.Tests;

public sealed class ConformanceTests
{
    [Fact]
    public void The_plugin_loads_in_the_host_as_built()
    {
        // Loads bin/.../plugins/acme.enablers/ (deployed by DeployAsPlugin="true") through the
        // host's real loader: manifest, SDK range, file hashes, Configure and the content rules.
        var report = PluginConformance.AssertConforms("acme.enablers");

        Assert.Equal("Active", report.Status);
        Assert.Equal("enablers", report.Content!.Domain.Code);
    }
}
