using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using System.Text.RegularExpressions;

namespace MnrPlatform.Host.Tests;

public sealed partial class PluginsPageTests
{
    [GeneratedRegex("""<tr data-plugin-id="(?<id>[^"]+)".*?data-testid="plugin-status">(?<status>\w+)<""", RegexOptions.Singleline)]
    private static partial Regex PluginRow();

    private static async Task<Dictionary<string, string>> StatusesAsync(WebApplicationFactory<Program> platform)
    {
        var html = await platform.CreateClient().GetStringAsync(new Uri("/plugins", UriKind.Relative), TestContext.Current.CancellationToken);
        return PluginRow().Matches(html).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["status"].Value);
    }

    [Fact]
    public async Task The_six_domain_plugins_are_active_with_their_content_counted()
    {
        await using var platform = new PlatformFactory();
        var html = await platform.CreateClient().GetStringAsync(new Uri("/plugins", UriKind.Relative), TestContext.Current.CancellationToken);

        var statuses = await StatusesAsync(platform);

        string[] domains = ["criminal-justice", "industry", "media", "policy", "societal", "victim"];
        Assert.Equal(domains.Select(d => $"mnrplatform.domains.{d}"), statuses.Keys.Order(StringComparer.Ordinal));
        Assert.All(statuses.Values, s => Assert.Equal("Active", s));
        Assert.Contains("data-testid=\"active-count\">6 active<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("need attention", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_plugins_are_listed_with_reasons_while_the_rest_of_the_host_works()
    {
        await using var platform = new PlatformFactory(pluginsFolder: "fixture-plugins");
        var client = platform.CreateClient();

        var statuses = await StatusesAsync(platform);
        var html = await client.GetStringAsync(new Uri("/plugins", UriKind.Relative), TestContext.Current.CancellationToken);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(14, statuses.Count);
        Assert.Equal("Active", statuses["fixture.good"]);
        Assert.Equal("Faulted", statuses["fixture.throws-in-configure"]);
        Assert.Equal("Incompatible", statuses["fixture.tampered"]);
        Assert.Equal("Incompatible", statuses["fixture.future-sdk"]);
        Assert.Contains("7 need attention", html, StringComparison.Ordinal);
        Assert.Contains("ThrowingPlugin.Configure threw InvalidOperationException: The fixture&#x27;s configuration file is missing.", html, StringComparison.Ordinal);
        Assert.Contains("ships its own copy of MnrPlatform.Sdk.dll", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task A_plugin_disabled_by_configuration_shows_as_disabled()
    {
        await using var platform = new PlatformFactory();
        var disabled = platform.WithWebHostBuilder(b => b.UseSetting("Plugins:Disabled:0", "mnrplatform.domains.media"));
        var statuses = await StatusesAsync(disabled);

        Assert.Equal("Disabled", statuses["mnrplatform.domains.media"]);
        Assert.Equal(5, statuses.Values.Count(s => s == "Active"));
    }
}
