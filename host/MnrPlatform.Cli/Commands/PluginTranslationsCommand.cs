using System.CommandLine;
using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Translations;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr plugins translations export --culture fr &lt;project folder&gt;</c>: writes a plugin
/// project's <c>Translations/&lt;culture&gt;.json</c> with every English text of the built plugin as a
/// key, keeping the translations already in the file and adding the missing ones as <c>""</c>.
/// </summary>
internal static class PluginTranslationsCommand
{
    public static Command Create()
    {
        var translations = new Command("translations", "Plugins' translation catalogs (Translations/<culture>.json in each plugin project).");
        translations.Subcommands.Add(Export());
        return translations;
    }

    private static Command Export()
    {
        var target = new Argument<DirectoryInfo>("folder")
        {
            Description = "A plugin project's folder (holding its .csproj with <PluginId>), or a folder of such projects, e.g. plugins/ for all six domain plugins.",
        };
        var cultures = new Option<string[]>("--culture")
        {
            Description = "The culture to export, e.g. fr; repeat for several (--culture fr --culture es).",
            Required = true,
        };
        var plugins = new PluginArguments();
        var command = new Command("export", "Write each plugin project's catalog skeleton for the culture from its built content: every English text as a key, existing translations kept, missing ones \"\", stale keys dropped (and listed).")
        {
            target,
            cultures,
        };
        plugins.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var folder = parse.GetRequiredValue(target);
            if (!folder.Exists)
            {
                await error.WriteLineAsync($"error: the folder {folder.FullName} does not exist.");
                return 2;
            }

            var names = new List<string>();
            foreach (var culture in parse.GetRequiredValue(cultures))
            {
                try
                {
                    names.Add(CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Name);
                }
                catch (CultureNotFoundException)
                {
                    await error.WriteLineAsync($"error: --culture {culture} is not a known culture name; use e.g. fr, es or ar.");
                    return 2;
                }
            }

            var projects = PluginProject.Find(folder);
            if (projects.Count == 0)
            {
                await error.WriteLineAsync($"error: no plugin project (a .csproj with <PluginId>) in {folder.FullName} or its sub-folders.");
                return 2;
            }

            var loaded = new PluginLoader(new ErrorStreamLogger<PluginLoader>(error)).LoadAll(PluginsFolder(parse, plugins), []);
            var failures = 0;
            foreach (var project in projects)
            {
                failures += await ExportAsync(parse, project, loaded.FirstOrDefault(p => p.Id == project.PluginId), names) ? 0 : 1;
            }

            return failures == 0 ? 0 : 1;
        });
        return command;
    }

    private static async Task<bool> ExportAsync(ParseResult parse, PluginProject project, InstalledPlugin? plugin, IReadOnlyList<string> cultures)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        if (plugin?.Content is not { } content)
        {
            await error.WriteLineAsync(plugin is null
                ? $"error: plugin {project.PluginId} ({project.Folder}) is not deployed in the plugins folder; build it (or mnr) first, or point --plugins at its build output."
                : $"error: plugin {project.PluginId} is {plugin.Status}: {plugin.Reason}");
            return false;
        }

        foreach (var culture in cultures)
        {
            var path = Path.Combine(project.Folder, TranslationCatalog.Folder, culture + ".json");
            TranslationCatalog? existing;
            try
            {
                existing = File.Exists(path) ? TranslationCatalog.Load(path) : null;
            }
            catch (InvalidTranslationCatalogException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return false;
            }

            var (entries, stale) = CatalogExport.Entries(content, culture, existing);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, CatalogExport.ToJson(entries));
            var translated = entries.Count(e => e.Value.Length > 0);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{project.PluginId} {culture}: wrote {path}: {entries.Count} texts, {translated} translated, {entries.Count - translated} missing, {stale.Count} stale removed."));
            foreach (var key in stale)
            {
                await output.WriteLineAsync($"  stale (removed): {key}");
            }
        }

        return true;
    }

    private static string PluginsFolder(ParseResult parse, PluginArguments plugins) =>
        parse.GetValue(plugins.Folder)?.FullName
        ?? Path.GetFullPath(
            new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(PluginOptions.SectionName).Get<PluginOptions>()?.Path ?? new PluginOptions().Path,
            AppContext.BaseDirectory);

    /// <summary>A plugin's project folder and the <c>PluginId</c> its project file sets.</summary>
    private sealed record PluginProject(string Folder, string PluginId)
    {
        public static IReadOnlyList<PluginProject> Find(DirectoryInfo folder)
        {
            var own = Read(folder);
            return own is not null ? [own] : [.. folder.EnumerateDirectories().OrderBy(d => d.Name, StringComparer.Ordinal).Select(Read).OfType<PluginProject>()];
        }

        private static PluginProject? Read(DirectoryInfo folder) =>
            folder.EnumerateFiles("*.csproj")
                .Select(f => XDocument.Load(f.FullName).Descendants("PluginId").FirstOrDefault()?.Value.Trim())
                .Where(id => !string.IsNullOrEmpty(id))
                .Select(id => new PluginProject(folder.FullName, id!))
                .FirstOrDefault();
    }
}
