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
    public async Task A_folder_that_does_not_exist_is_an_error_naming_it()
    {
        var (exit, _, error) = await Cli.RunAsync("plugins", "check", "/no/such/plugins");

        Assert.Equal(2, exit);
        Assert.Contains("/no/such/plugins does not exist", error, StringComparison.Ordinal);
    }
}
