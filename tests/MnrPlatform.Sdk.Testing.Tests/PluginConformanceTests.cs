using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Testing;

namespace MnrPlatform.Sdk.Testing.Tests;

public sealed class PluginConformanceTests
{
    [Fact]
    public void A_good_plugin_conforms_and_its_content_is_returned()
    {
        var report = PluginConformance.AssertConforms("fixture.good");

        Assert.Equal("Active", report.Status);
        Assert.Equal("fixture-good", report.Content!.Domain.Code);
    }

    [Theory]
    [InlineData("fixture.throws-in-configure", "Faulted", "ThrowingPlugin.Configure threw InvalidOperationException")]
    [InlineData("fixture.future-sdk", "Incompatible", "It supports SDK [3.0.0, 4.0.0)")]
    [InlineData("fixture.own-sdk-copy", "Active", "Reference MnrPlatform.Sdk with ExcludeAssets=\"runtime\"")]
    [InlineData("fixture.bad-content", "Faulted", "points at capability 'fixture-bad-content.no-such-capability'")]
    public void A_plugin_that_would_not_load_cleanly_fails_with_how_to_fix_it(string pluginId, string status, string advice)
    {
        var failure = Assert.Throws<PluginConformanceException>(() => PluginConformance.AssertConforms(pluginId));

        Assert.StartsWith($"Plugin '{pluginId}' does not conform (status {status}):", failure.Message, StringComparison.Ordinal);
        Assert.Contains(advice, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_that_is_not_deployed_is_named_with_what_was_found()
    {
        var failure = Assert.Throws<PluginConformanceException>(() => PluginConformance.Check("acme.typo"));

        Assert.Contains("No plugin with id 'acme.typo' is deployed", failure.Message, StringComparison.Ordinal);
        Assert.Contains("fixture.good", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_id_gets_a_did_you_mean()
    {
        var failure = Assert.Throws<PluginConformanceException>(() => PluginConformance.Check("fixture.godo"));

        Assert.Contains("Did you mean 'fixture.good'?", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_problem_of_a_reason_or_warning_is_a_line_of_its_own()
    {
        var plugin = new InstalledPlugin(
            "/plugins/acme.enablers", null, PluginStatus.Faulted,
            "Chart 'a' (PhaseRadar) shows no indicator.\nChart 'b' has Kind 99, which is not a ChartKind.",
            ["Its question 'x' names instrument 'y', which no plugin declares."], null, [], TimeSpan.Zero);

        var report = PluginConformance.Report(plugin);

        Assert.Equal(
            ["Chart 'a' (PhaseRadar) shows no indicator.", "Chart 'b' has Kind 99, which is not a ChartKind.", "Its question 'x' names instrument 'y', which no plugin declares."],
            report.Problems);
        Assert.Equal(
            ["Plugin 'acme.enablers' (Faulted): 3 problem(s):", "  - Chart 'a' (PhaseRadar) shows no indicator.", "  - Chart 'b' has Kind 99, which is not a ChartKind.", "  - Its question 'x' names instrument 'y', which no plugin declares."],
            report.ToString().Split(Environment.NewLine));
    }

    [Fact]
    public void A_missing_plugins_folder_says_how_to_deploy_into_it()
    {
        var failure = Assert.Throws<PluginConformanceException>(() => PluginConformance.CheckAll(Path.Combine(Path.GetTempPath(), "mnr-nothing-here")));

        Assert.Contains("DeployAsPlugin=\"true\"", failure.Message, StringComparison.Ordinal);
    }
}
