using System.Net;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using System.Text.RegularExpressions;

namespace MnrPlatform.Host.Tests;

public sealed partial class PluginsPageTests
{
    [GeneratedRegex("""<tr data-plugin-id="(?<id>[^"]+)".*?data-testid="plugin-status"[^>]*>(?:<[^>]+>)*(?<status>\w+)<""", RegexOptions.Singleline)]
    private static partial Regex PluginRow();

    /// <summary>The demo platform, its plugins from <paramref name="pluginsFolder"/>, with an administrator signed in.</summary>
    private static async Task<(DemoPlatformFactory Platform, HttpClient Admin)> StartAsync(string pluginsFolder = "plugins", params (string Key, string Value)[] settings)
    {
        var platform = new DemoPlatformFactory(pluginsFolder);
        foreach (var (key, value) in settings)
        {
            platform.Settings[key] = value;
        }

        return (platform, await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Administrator).Email, DemoAccounts.Password));
    }

    private static async Task<(string Html, Dictionary<string, string> Statuses)> PluginsPageAsync(HttpClient admin)
    {
        var html = await admin.GetStringAsync(new Uri("/plugins", UriKind.Relative), TestContext.Current.CancellationToken);
        return (html, PluginRow().Matches(html).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["status"].Value));
    }

    [Fact]
    public async Task The_six_domain_plugins_are_active_with_their_content_counted()
    {
        var (platform, admin) = await StartAsync();
        await using var _ = platform;

        var (html, statuses) = await PluginsPageAsync(admin);

        string[] domains = ["criminal-justice", "industry", "media", "policy", "societal", "victim"];
        Assert.Equal(domains.Select(d => $"mnrplatform.domains.{d}"), statuses.Keys.Order(StringComparer.Ordinal));
        Assert.All(statuses.Values, s => Assert.Equal("Active", s));
        Assert.Matches("data-testid=\"active-count\"[^>]*>(<[^>]+>)*6 active<", html);
        Assert.Contains("data-testid=\"framework-size\">21 capabilities · 6 domains<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("need attention", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_plugins_are_listed_with_reasons_while_the_rest_of_the_host_works()
    {
        var (platform, admin) = await StartAsync("fixture-plugins");
        await using var _ = platform;

        var (html, statuses) = await PluginsPageAsync(admin);
        var home = await admin.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(15, statuses.Count);
        Assert.Equal("Active", statuses["fixture.good"]);
        Assert.Equal("Faulted", statuses["fixture.throws-in-configure"]);
        Assert.Equal("Incompatible", statuses["fixture.tampered"]);
        Assert.Equal("Incompatible", statuses["fixture.future-sdk"]);
        Assert.Contains("7 need attention", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"framework-size\">8 capabilities · 8 domains<", html, StringComparison.Ordinal);
        Assert.Contains("ThrowingPlugin.Configure threw InvalidOperationException: The fixture&#x27;s configuration file is missing.", html, StringComparison.Ordinal);
        Assert.Contains("ships its own copy of MnrPlatform.Sdk.dll", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task A_plugin_disabled_by_configuration_shows_as_disabled()
    {
        var (platform, admin) = await StartAsync(settings: ("Plugins:Disabled:0", "mnrplatform.domains.media"));
        await using var _ = platform;

        var (_, statuses) = await PluginsPageAsync(admin);

        Assert.Equal("Disabled", statuses["mnrplatform.domains.media"]);
        Assert.Equal(5, statuses.Values.Count(s => s == "Active"));
    }
}
