using System.Xml.Linq;

namespace MnrPlatform.PluginAuthoring.Tests;

/// <summary>An author's PluginSdkRange mistakes are caught when the plugin builds, not when a host refuses it.</summary>
[Collection(PluginAuthoring.Name)]
public sealed class SdkRangeWarningTests(AuthoringFeed feed)
{
    private static void SetRange(string project, string range)
    {
        var xml = XDocument.Load(project);
        var group = xml.Root!.Element("PropertyGroup")!;
        group.Element("PluginSdkRange")?.Remove();
        group.Add(new XElement("PluginSdkRange", range));
        xml.Save(project);
    }

    [Fact]
    public async Task A_range_that_excludes_or_starts_below_the_sdk_the_plugin_compiles_against_fails_the_templates_build_naming_the_property()
    {
        feed.AssertPacked();
        var solution = await PluginTemplate.CreateAsync(feed, "Contoso.Ranges");
        var project = Path.Combine(solution, "Contoso.Ranges", "Contoso.Ranges.csproj");
        var sdk = AuthoringFeed.SdkVersion;
        var major = int.Parse(sdk.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);

        // A plugin still declaring the previous major's range: every host of this SDK would refuse it.
        SetRange(project, $"[{major - 1}.0.0, {major}.0.0)");
        var excludes = await DotNet.RunAsync(solution, feed.Environment, "build", project, "-nodeReuse:false");
        Assert.False(excludes.Succeeded, excludes.Describe());
        Assert.Contains($"MNRSDK001: PluginSdkRange [{major - 1}.0.0, {major}.0.0) excludes SDK {sdk}, the MnrPlatform.Sdk this plugin compiles against", excludes.Output, StringComparison.Ordinal);

        // Starting below: an older host would load it, and a newer API it calls would fail there.
        SetRange(project, $"[{major - 1}.0.0, {major + 1}.0.0)");
        var below = await DotNet.RunAsync(solution, feed.Environment, "build", project, "-nodeReuse:false");
        Assert.False(below.Succeeded, below.Describe());
        Assert.Contains($"MNRSDK002: PluginSdkRange [{major - 1}.0.0, {major + 1}.0.0) starts below SDK {sdk}", below.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MNRSDK001", below.Output, StringComparison.Ordinal);

        // The default range raises neither.
        SetRange(project, $"[{sdk}, {major + 1}.0.0)");
        var fine = await DotNet.RunAsync(solution, feed.Environment, "build", project, "-nodeReuse:false");
        Assert.True(fine.Succeeded, fine.Describe());
        Assert.DoesNotContain("MNRSDK", fine.Output, StringComparison.Ordinal);
    }
}
