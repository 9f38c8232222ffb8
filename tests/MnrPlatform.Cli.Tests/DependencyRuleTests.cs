namespace MnrPlatform.Cli.Tests;

public sealed class DependencyRuleTests
{
    [Fact]
    public void Cli_sits_on_data_and_analytics_and_never_on_the_web_host()
    {
        Assert.Equal(["MnrPlatform.Analytics", "MnrPlatform.Data"], ProjectReferences.Of("host/MnrPlatform.Cli/MnrPlatform.Cli.csproj"));
    }

    [Fact]
    public void No_project_depends_on_the_web_host()
    {
        var dependants = ProjectReferences.ProjectsUnder("sdk", "host", "plugins", "samples")
            .Where(p => ProjectReferences.Of(p).Contains("MnrPlatform.Host"))
            .ToList();

        Assert.NotEmpty(ProjectReferences.ProjectsUnder("host"));
        Assert.Empty(dependants);
    }
}
