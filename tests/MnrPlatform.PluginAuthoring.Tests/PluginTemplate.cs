namespace MnrPlatform.PluginAuthoring.Tests;

/// <summary>Creates plugin solutions from the packed `dotnet new mnr-plugin` template.</summary>
public static class PluginTemplate
{
    /// <summary>
    /// Installs the template into a private hive (nothing touches the user's installed templates)
    /// and creates solution <paramref name="name"/> under the feed's root; returns its folder.
    /// </summary>
    public static async Task<string> CreateAsync(AuthoringFeed feed, string name)
    {
        ArgumentNullException.ThrowIfNull(feed);
        // A hive per solution: installing the same package twice into one hive confuses `dotnet new`.
        var hive = Path.Combine(feed.Root, $"template-hive-{name}");
        var environment = new Dictionary<string, string>(feed.Environment) { ["DOTNET_CLI_HOME"] = Path.Combine(feed.Root, "cli-home") };
        var solution = Path.Combine(feed.Root, name);

        var install = await DotNet.RunAsync(feed.Root, environment, "new", "install", feed.Package("MnrPlatform.Templates"), "--debug:custom-hive", hive);
        Assert.True(install.Succeeded, install.Describe());
        var create = await DotNet.RunAsync(feed.Root, environment,
            "new", "mnr-plugin", "-n", name, "-o", solution, "--SdkFeed", feed.Feed, "--debug:custom-hive", hive);
        Assert.True(create.Succeeded, create.Describe());
        return solution;
    }
}
