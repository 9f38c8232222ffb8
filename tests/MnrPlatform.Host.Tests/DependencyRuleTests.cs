namespace MnrPlatform.Host.Tests;

public sealed class DependencyRuleTests
{
    [Fact]
    public void Host_sits_on_data_and_analytics()
    {
        Assert.Equal(["MnrPlatform.Analytics", "MnrPlatform.Data"], ProjectReferences.Of("host/MnrPlatform.Host/MnrPlatform.Host.csproj"));
    }

    [Fact]
    public void Host_only_deploys_plugins_and_never_compiles_against_them()
    {
        var deployed = Assert.Single(ProjectReferences.DeployedPluginsOf("host/MnrPlatform.Host/MnrPlatform.Host.csproj"));

        Assert.Equal("../../plugins/*/*.csproj", deployed.Include);
        Assert.False(deployed.ReferencesOutputAssembly);
    }
}
