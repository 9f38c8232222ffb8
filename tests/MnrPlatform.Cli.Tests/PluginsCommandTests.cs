namespace MnrPlatform.Cli.Tests;

public sealed class PluginsCommandTests
{
    private static readonly string Plugins = Path.Combine(AppContext.BaseDirectory, "plugins");

    [Fact]
    public async Task Checking_one_good_plugin_folder_reports_it_active_and_exits_0()
    {
        var (exit, output, _) = await Cli.RunAsync("plugins", "check", Path.Combine(Plugins, "fixture.good"));

        Assert.Equal(0, exit);
        Assert.Matches(@"^Active\s+fixture\.good 1\.0\.0 \(\d+ ms\)", output);
        Assert.Contains("1 capabilities, 1 questions, 1 indicators, 1 charts", output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 plugin(s) active without warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checking_a_plugins_folder_reports_each_plugin_with_its_reason_and_exits_1()
    {
        var (exit, output, _) = await Cli.RunAsync("plugins", "check", Plugins);

        Assert.Equal(1, exit);
        Assert.Contains("Faulted      fixture.throws-in-configure", output, StringComparison.Ordinal);
        Assert.Contains("ThrowingPlugin.Configure threw InvalidOperationException", output, StringComparison.Ordinal);
        Assert.Contains("1 of 2 plugin(s) active without warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_built_for_sdk_1_is_refused_with_its_reason_on_lines_of_its_own()
    {
        using var root = new TempDirectory();
        var folder = Path.Combine(root.Path, "old-plugin");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Plugins, "fixture.good")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var manifest = Path.Combine(folder, "plugin.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"sdk\": \"[2.0.0, 3.0.0)\"", "\"sdk\": \"[1.0.0, 2.0.0)\"", StringComparison.Ordinal));

        var (exit, output, _) = await Cli.RunAsync("plugins", "check", folder);

        Assert.Equal(1, exit);
        var lines = output.Split(Environment.NewLine);
        Assert.StartsWith("Incompatible fixture.good", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("             It supports SDK [1.0.0, 2.0.0), but this host provides SDK 2.0.0.", lines[1], StringComparison.Ordinal);
        Assert.Contains("Author: rebuild against MnrPlatform.Sdk 2.0.0 and set PluginSdkRange to include it", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("0 of 1 plugin(s) active", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_an_error_naming_it()
    {
        var (exit, _, error) = await Cli.RunAsync("plugins", "check", "/no/such/plugins");

        Assert.Equal(2, exit);
        Assert.Contains("/no/such/plugins does not exist", error, StringComparison.Ordinal);
    }
}
