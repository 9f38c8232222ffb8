using System.Text.Json.Nodes;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Core.Tests.Plugins;

public sealed class SdkCompatibilityTests
{
    private static VersionRange Range(string text) =>
        VersionRange.TryParse(text, out var range, out var problem) ? range : throw new ArgumentException(problem, nameof(text));

    private static SemanticVersion Version(string text) =>
        SemanticVersion.TryParse(text, out var version) ? version : throw new ArgumentException(text, nameof(text));

    [Theory]
    [InlineData("[2.0.0, 3.0.0)", "2.0.0")]
    [InlineData("[2.0.0, 3.0.0)", "2.4.1")]
    [InlineData("[1.0.0, 3.0.0)", "2.0.0")]
    public void A_range_holding_the_host_sdk_is_not_refused(string range, string host) =>
        Assert.Null(SdkCompatibility.Refusal(Range(range), Version(host)));

    [Fact]
    public void A_1x_plugin_is_told_to_the_installer_and_to_the_author_naming_PluginSdkRange()
    {
        var reason = SdkCompatibility.Refusal(Range("[1.0.0, 2.0.0)"), Version("2.0.0"));

        Assert.Equal(
            "It supports SDK [1.0.0, 2.0.0), but this host provides SDK 2.0.0. " +
            "Installer: install a version of the plugin built for SDK 2.x. " +
            "Author: rebuild against MnrPlatform.Sdk 2.0.0 and set PluginSdkRange to include it, or leave it unset (its default runs from the SDK the plugin compiles against to the next major).",
            reason);
    }

    [Theory]
    [InlineData("[3.0.0, 4.0.0)", "2.0.0", "a host that provides SDK 3.0.0 or later")]
    [InlineData("[2.1.0, 3.0.0)", "2.0.0", "start PluginSdkRange at 2.0.0")]
    [InlineData("(2.0.0, 3.0.0)", "2.0.0", "install a version of the plugin built for SDK 2.x")]
    public void A_plugin_needing_a_newer_sdk_is_told_to_upgrade_the_host_or_start_its_range_lower(string range, string host, string advice)
    {
        var reason = SdkCompatibility.Refusal(Range(range), Version(host));

        Assert.NotNull(reason);
        Assert.StartsWith($"It supports SDK {range}, but this host provides SDK {host}.", reason, StringComparison.Ordinal);
        Assert.Contains(advice, reason, StringComparison.Ordinal);
        Assert.Contains("Author:", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("rebuild against", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_loader_refuses_a_plugin_built_for_sdk_1_before_loading_its_code()
    {
        using var root = new TempDirectory();
        var folder = FixturePlugins.Arrange(root, ("fixture.good", "old-plugin"));
        var manifestPath = Path.Combine(folder, "old-plugin", PluginManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["sdk"] = "[1.0.0, 2.0.0)";
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var plugin = Assert.Single(new PluginLoader(new LogRecorder().For<PluginLoader>()).LoadAll(folder, []));

        Assert.Equal(PluginStatus.Incompatible, plugin.Status);
        Assert.Equal(SdkCompatibility.Refusal(Range("[1.0.0, 2.0.0)"), PluginLoader.SdkVersion), plugin.Reason);
        Assert.Contains("Installer: install a version of the plugin built for SDK 2.x.", plugin.Reason, StringComparison.Ordinal);
        Assert.Contains("Author: rebuild against MnrPlatform.Sdk 2.0.0 and set PluginSdkRange", plugin.Reason, StringComparison.Ordinal);
        Assert.Null(plugin.Content);
    }
}
