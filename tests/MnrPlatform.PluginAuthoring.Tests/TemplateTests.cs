namespace MnrPlatform.PluginAuthoring.Tests;

[Collection(PluginAuthoring.Name)]
public sealed class TemplateTests(AuthoringFeed feed)
{
    [Fact]
    public async Task The_plugin_template_creates_a_solution_that_builds_without_warnings_and_passes_its_conformance_test()
    {
        feed.AssertPacked();
        // A private template hive and CLI home: nothing touches the user's installed templates.
        var hive = Path.Combine(feed.Root, "template-hive");
        var environment = new Dictionary<string, string>(feed.Environment) { ["DOTNET_CLI_HOME"] = Path.Combine(feed.Root, "cli-home") };
        var solution = Path.Combine(feed.Root, "Contoso.Research");

        var install = await DotNet.RunAsync(feed.Root, environment, "new", "install", feed.Package("MnrPlatform.Templates"), "--debug:custom-hive", hive);
        Assert.True(install.Succeeded, install.Describe());
        var create = await DotNet.RunAsync(feed.Root, environment,
            "new", "mnr-plugin", "-n", "Contoso.Research", "-o", solution, "--SdkFeed", feed.Feed, "--debug:custom-hive", hive);
        Assert.True(create.Succeeded, create.Describe());

        // Builds with warnings as errors, then runs the generated conformance test and content test.
        await AuthoredPlugin.AssertTestsPassAsync(solution, feed.Environment, minimumPassed: 2, "-warnaserror", "-nodeReuse:false");

        feed.AssertRestoredFromFeed("MnrPlatform.Sdk");
        // The plugin id and domain code default from the name given to `dotnet new`.
        var output = Path.Combine(solution, "Contoso.Research", "bin", "Debug", "net10.0");
        Assert.Equal(("contoso.research", "research"), AuthoredPlugin.Manifest(output));
        AuthoredPlugin.AssertNoSdkCopy(output);
    }
}
