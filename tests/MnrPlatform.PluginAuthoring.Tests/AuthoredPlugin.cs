using System.Text.Json;
using System.Xml.Linq;

namespace MnrPlatform.PluginAuthoring.Tests;

/// <summary>Checks on a plugin solution built outside the repository.</summary>
public static class AuthoredPlugin
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/>, leaving out build output.</summary>
    public static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source).Where(d => Path.GetFileName(d) is not ("bin" or "obj" or "TestResults")))
        {
            Copy(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }

    /// <summary>Points the package source <paramref name="key"/> of a nuget.config at <paramref name="feed"/>.</summary>
    public static void PointSourceAt(string nugetConfig, string key, string feed)
    {
        var config = XDocument.Load(nugetConfig);
        var source = config.Descendants("packageSources").Elements("add").SingleOrDefault(e => (string?)e.Attribute("key") == key);
        Assert.True(source is not null, $"{nugetConfig} has no package source '{key}' to point at the test feed:{Environment.NewLine}{config}");
        source.SetAttributeValue("value", feed);
        config.Save(nugetConfig);
    }

    /// <summary>Reads plugin.json from a plugin's build output.</summary>
    public static (string Id, string Domain) Manifest(string outputFolder)
    {
        var path = Path.Combine(outputFolder, "plugin.json");
        Assert.True(File.Exists(path), $"No plugin.json in {outputFolder}; it holds: {Listing(outputFolder)}");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return (json.RootElement.GetProperty("id").GetString()!, json.RootElement.GetProperty("domain").GetString()!);
    }

    /// <summary>The lower bound of the SDK range in a plugin's plugin.json, e.g. "2.0.0" for "[2.0.0, 3.0.0)".</summary>
    public static string SdkRangeStart(string outputFolder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outputFolder, "plugin.json")));
        return json.RootElement.GetProperty("sdk").GetString()!.TrimStart('[', '(').Split(',')[0].Trim();
    }

    /// <summary>Asserts that a plugin folder carries no copy of the SDK: the host supplies it.</summary>
    public static void AssertNoSdkCopy(string folder)
    {
        Assert.True(Directory.Exists(folder), $"{folder} does not exist.");
        Assert.False(File.Exists(Path.Combine(folder, "MnrPlatform.Sdk.dll")), $"{folder} holds MnrPlatform.Sdk.dll; the SDK package's targets should keep it out. It holds: {Listing(folder)}");
    }

    /// <summary>
    /// Runs `dotnet test` in <paramref name="solution"/> and asserts that it succeeds with at least
    /// <paramref name="minimumPassed"/> tests, every one of them passed: none failed, skipped or not
    /// run (read from its .trx file).
    /// </summary>
    public static async Task AssertTestsPassAsync(string solution, IReadOnlyDictionary<string, string> environment, int minimumPassed, params string[] options)
    {
        var results = Path.Combine(solution, "TestResults");
        var run = await DotNet.RunAsync(solution, environment, ["test", "--logger", "trx", "--results-directory", results, .. options]);
        Assert.True(run.Succeeded, run.Describe());

        var trx = Directory.Exists(results) ? Directory.GetFiles(results, "*.trx", SearchOption.AllDirectories) : [];
        Assert.True(trx.Length == 1, $"Expected one .trx file under {results}, found {trx.Length}. {run.Describe()}");
        var counters = XDocument.Load(trx[0]).Descendants(Trx + "Counters").Single();
        var (total, passed, failed) = ((int)counters.Attribute("total")!, (int)counters.Attribute("passed")!, (int)counters.Attribute("failed")!);
        Assert.True(passed >= minimumPassed && failed == 0 && passed == total,
            $"{passed} of {total} tests passed (at least {minimumPassed} expected, all of them), {failed} failed. {run.Describe()}");
    }

    private static string Listing(string folder) =>
        Directory.Exists(folder) ? string.Join(", ", Directory.GetFiles(folder).Select(Path.GetFileName)) : "(missing)";
}
