using System.Text.RegularExpressions;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>The Plugins page shows each plugin's translation coverage per culture.</summary>
public sealed partial class PluginsPageTranslationTests
{
    [GeneratedRegex("""<tr data-plugin-id="(?<id>[^"]+)"(?<row>.*?)</tr>""", RegexOptions.Singleline)]
    private static partial Regex PluginRow();

    [GeneratedRegex("""data-culture="(?<culture>[a-z-]+)" data-percent="(?<percent>\d+)"[^>]*>\s*<span class="mono"[^>]*>[a-z-]+</span> (?<shown>\d+)""")]
    private static partial Regex Chip();

    [Fact]
    public async Task Each_domain_plugin_shows_its_coverage_per_culture_with_French_complete()
    {
        await using var platform = new DemoPlatformFactory("plugins");
        var admin = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Administrator).Email, DemoAccounts.Password);

        var html = await admin.GetStringAsync(new Uri("/plugins", UriKind.Relative), TestContext.Current.CancellationToken);

        var rows = PluginRow().Matches(html).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["row"].Value);
        Assert.Equal(6, rows.Count);
        foreach (var (id, row) in rows)
        {
            var chips = Chip().Matches(row).ToDictionary(m => m.Groups["culture"].Value, m => (Percent: m.Groups["percent"].Value, Shown: m.Groups["shown"].Value));
            Assert.True(chips.Keys.SequenceEqual(["fr", "es", "ar"]), $"{id}: {string.Join(", ", chips.Keys)}");
            Assert.Equal(("100", "100"), chips["fr"]);
            Assert.All(chips.Values, c => Assert.Equal(c.Percent, c.Shown));
        }
    }
}
