using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Core.Tests.Plugins;

/// <summary>The fixture plugins of tests/TestPlugins, deployed by the build next to the tests.</summary>
internal static class FixturePlugins
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "plugins");

    public static IReadOnlyList<InstalledPlugin> LoadAll(LogRecorder? log = null, params string[] disabled) =>
        new PluginLoader((log ?? new LogRecorder()).For<PluginLoader>()).LoadAll(Folder, disabled);

    /// <summary>Copies fixture folders into a new plugins folder under <paramref name="root"/>, each under the given folder name.</summary>
    public static string Arrange(TempDirectory root, params (string PluginId, string AsFolder)[] plugins)
    {
        var folder = Path.Combine(root.Path, "plugins");
        foreach (var (pluginId, asFolder) in plugins)
        {
            var source = Path.Combine(Folder, pluginId);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, asFolder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        Directory.CreateDirectory(folder);
        return folder;
    }
}
