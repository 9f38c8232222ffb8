namespace MnrPlatform.PluginAuthoring.Tests;

[Collection(PluginAuthoring.Name)]
public sealed class TemplateTests(AuthoringFeed feed)
{
    [Fact]
    public async Task The_plugin_template_creates_a_solution_that_builds_without_warnings_and_passes_its_conformance_test()
    {
        feed.AssertPacked();
        var solution = await PluginTemplate.CreateAsync(feed, "Contoso.Research");

        // Builds with warnings as errors, then runs the generated conformance test and content test.
        await AuthoredPlugin.AssertTestsPassAsync(solution, feed.Environment, minimumPassed: 2, "-warnaserror", "-nodeReuse:false");

        feed.AssertRestoredFromFeed("MnrPlatform.Sdk");
        Assert.Equal(AuthoringFeed.SdkVersion, AuthoredPlugin.SdkRangeStart(Path.Combine(solution, "Contoso.Research", "bin", "Debug", "net10.0")));
        // The plugin id and domain code default from the name given to `dotnet new`.
        var output = Path.Combine(solution, "Contoso.Research", "bin", "Debug", "net10.0");
        Assert.Equal(("contoso.research", "research"), AuthoredPlugin.Manifest(output));
        AuthoredPlugin.AssertNoSdkCopy(output);
    }
}
