namespace MnrPlatform.PluginAuthoring.Tests;

[Collection(PluginAuthoring.Name)]
public sealed class ThirdPartySampleTests(AuthoringFeed feed)
{
    [Fact]
    public async Task The_sample_builds_outside_the_repository_against_the_packed_sdk_and_passes_its_own_tests()
    {
        feed.AssertPacked();
        var sample = Path.Combine(feed.Root, "ThirdPartyPlugin");
        AuthoredPlugin.Copy(Repository.Path("samples", "ThirdPartyPlugin"), sample);
        AuthoredPlugin.PointSourceAt(Path.Combine(sample, "nuget.config"), "mnrplatform-local", feed.Feed);

        // Builds with warnings as errors, then runs the conformance test and the three content tests.
        await AuthoredPlugin.AssertTestsPassAsync(sample, feed.Environment, minimumPassed: 4, "-warnaserror", "-nodeReuse:false");

        feed.AssertRestoredFromFeed("MnrPlatform.Sdk");
        feed.AssertRestoredFromFeed("MnrPlatform.Sdk.Testing");

        var output = Path.Combine(sample, "Acme.Enablers", "bin", "Debug", "net10.0");
        Assert.Equal(("acme.enablers", "enablers"), AuthoredPlugin.Manifest(output));
        AuthoredPlugin.AssertNoSdkCopy(output);
        AuthoredPlugin.AssertNoSdkCopy(Path.Combine(sample, "Acme.Enablers.Tests", "bin", "Debug", "net10.0", "plugins", "acme.enablers"));
    }
}
