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
        var results = Path.Combine(sample, "TestResults");

        var run = await DotNet.RunAsync(sample, feed.Environment, "test", "--logger", "trx", "--results-directory", results, "-nodeReuse:false");

        Assert.True(run.Succeeded, run.Describe());
        var (passed, failed) = AuthoredPlugin.TestCounts(results, run);
        Assert.True(passed >= 2 && failed == 0, $"The sample's tests: {passed} passed, {failed} failed. {run.Describe()}");
        feed.AssertRestoredFromFeed("MnrPlatform.Sdk");
        feed.AssertRestoredFromFeed("MnrPlatform.Sdk.Testing");

        var output = Path.Combine(sample, "Acme.Enablers", "bin", "Debug", "net10.0");
        Assert.Equal(("acme.enablers", "enablers"), AuthoredPlugin.Manifest(output));
        AuthoredPlugin.AssertNoSdkCopy(output);
        AuthoredPlugin.AssertNoSdkCopy(Path.Combine(sample, "Acme.Enablers.Tests", "bin", "Debug", "net10.0", "plugins", "acme.enablers"));
    }
}
