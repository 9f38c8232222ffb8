using System.Net.Http.Json;
using System.Text.Json;

namespace MnrPlatform.Host.Tests;

/// <summary>Plugins:Watch: an author's rebuild reaches the next request without a restart, in Development only.</summary>
public sealed class PluginWatchTests
{
    private const string Original = "Fixture capability";
    private const string Rebuilt = "Fixture capability, rebuilt";

    private static string Deployed(string folder) => Path.Combine(AppContext.BaseDirectory, folder, "fixture.good");

    private static PlatformFactory Start(string environment, string pluginsFolder)
    {
        CopyFolder(Deployed("fixture-plugins"), Path.Combine(pluginsFolder, "fixture.good"));
        var platform = new PlatformFactory(environment, pluginsFolder: pluginsFolder);
        platform.Settings["Plugins:Watch"] = "true";
        return platform;
    }

    [Fact]
    public async Task A_rebuilt_plugin_renamed_into_place_reaches_the_next_request_without_a_restart()
    {
        using var temp = new TempDirectory();
        var plugins = Path.Combine(temp.Path, "plugins");
        await using var platform = Start("Development", plugins);
        using var client = platform.CreateHttpsClient();
        Assert.Equal(Original, await CapabilityNameAsync(client));

        // The whole folder: built next to it, then renamed into place.
        var staging = Path.Combine(temp.Path, "staging");
        CopyFolder(Deployed("rebuilt-plugins"), staging);
        Directory.Move(Path.Combine(plugins, "fixture.good"), Path.Combine(temp.Path, "replaced"));
        Directory.Move(staging, Path.Combine(plugins, "fixture.good"));
        Assert.Equal(Rebuilt, await EventuallyAsync(client, Rebuilt));

        // File by file: each written beside its target, then renamed over it.
        var folder = Path.Combine(plugins, "fixture.good");
        foreach (var file in Directory.EnumerateFiles(Deployed("fixture-plugins")))
        {
            var target = Path.Combine(folder, Path.GetFileName(file));
            File.Copy(file, target + ".tmp");
            File.Move(target + ".tmp", target, overwrite: true);
        }

        Assert.Equal(Original, await EventuallyAsync(client, Original));
    }

    [Fact]
    public async Task Watch_is_ignored_outside_Development()
    {
        using var temp = new TempDirectory();
        var plugins = Path.Combine(temp.Path, "plugins");
        await using var platform = Start("Production", plugins);
        using var client = platform.CreateHttpsClient();
        Assert.Equal(Original, await CapabilityNameAsync(client));

        Directory.Delete(Path.Combine(plugins, "fixture.good"), recursive: true);
        CopyFolder(Deployed("rebuilt-plugins"), Path.Combine(plugins, "fixture.good"));

        // Well past the watcher's poll (1 s) and quiet period (0.4 s).
        await Task.Delay(TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);
        Assert.Equal(Original, await CapabilityNameAsync(client));
    }

    private static async Task<string?> EventuallyAsync(HttpClient client, string expected)
    {
        var name = await CapabilityNameAsync(client);
        for (var i = 0; i < 100 && name != expected; i++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            name = await CapabilityNameAsync(client);
        }

        return name;
    }

    private static async Task<string?> CapabilityNameAsync(HttpClient client)
    {
        var capabilities = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/capabilities", UriKind.Relative), TestContext.Current.CancellationToken);
        return capabilities.EnumerateArray()
            .Where(c => c.GetProperty("code").GetString() == "fixture-good.capability")
            .Select(c => c.GetProperty("name").GetString())
            .SingleOrDefault();
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
