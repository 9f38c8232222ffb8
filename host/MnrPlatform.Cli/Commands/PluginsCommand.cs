using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Cli.Commands;

/// <summary><c>mnr plugins check &lt;folder&gt;</c>: what the host would make of a plugin, without starting it.</summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var plugins = new Command("plugins", "Domain plugins: check them as the host loads them.");
        plugins.Subcommands.Add(Check());
        plugins.Subcommands.Add(PluginTranslationsCommand.Create());
        return plugins;
    }

    private static Command Check()
    {
        var folder = new Argument<DirectoryInfo>("folder")
        {
            Description = "A plugin's folder (the one holding plugin.json) or a plugins folder with one sub-folder per plugin.",
        };
        var command = new Command("check", "Load plugins through the host's loader and report each one's status; exit code 1 unless all are active without warnings.")
        {
            folder,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetRequiredValue(folder);
            if (!path.Exists)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: the folder {path.FullName} does not exist.");
                return 2;
            }

            var folders = File.Exists(Path.Combine(path.FullName, PluginManifest.FileName))
                ? [path.FullName]
                : path.EnumerateDirectories().Select(d => d.FullName).Order(StringComparer.Ordinal).ToList();
            var results = new PluginLoader(NullLogger<PluginLoader>.Instance).LoadFolders(folders, []);
            foreach (var plugin in results)
            {
                await output.WriteLineAsync(Describe(plugin));
            }

            var clean = results.Count(p => p.IsActive && p.Warnings.Count == 0);
            await output.WriteLineAsync($"{clean} of {results.Count} plugin(s) active without warnings (host SDK {PluginLoader.SdkVersion}).");
            return results.Count > 0 && clean == results.Count ? 0 : 1;
        });
        return command;
    }

    private static string Describe(InstalledPlugin plugin)
    {
        var version = plugin.Manifest?.Version.ToString() ?? "?";
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{plugin.Status,-12} {plugin.Id} {version} ({plugin.LoadTime.TotalMilliseconds:F0} ms)"),
        };
        if (plugin.Content is { } content)
        {
            lines.Add($"             {content.Capabilities.Count} capabilities, {content.Questions.Count} questions, {content.Indicators.Count} indicators, {content.Charts.Count} charts");
        }

        lines.AddRange(plugin.Reason.Length > 0 ? [$"             {plugin.Reason}"] : []);
        lines.AddRange(plugin.Warnings.Select(w => $"             warning: {w}"));
        return string.Join(Environment.NewLine, lines);
    }
}
