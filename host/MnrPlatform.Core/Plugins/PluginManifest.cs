namespace MnrPlatform.Core.Plugins;

/// <summary>
/// A plugin's <c>plugin.json</c>, read before any of its code loads. The SDK's build targets write
/// it; <c>sdk/MnrPlatform.Sdk/build/plugin.schema.json</c> describes it.
/// </summary>
/// <param name="Id">Stable id, unique among installed plugins.</param>
/// <param name="Version">The plugin's own version.</param>
/// <param name="Domain">The code of the domain it supplies; one plugin per domain.</param>
/// <param name="Sdk">The SDK versions it works with, with an upper bound.</param>
/// <param name="EntryAssembly">The file name of the assembly holding its <c>IDomainPlugin</c>.</param>
/// <param name="Authors">Who wrote it.</param>
/// <param name="License">Its licence, as an SPDX expression or a name.</param>
/// <param name="Files">SHA-256 (hex) of every file of the plugin, by path relative to its folder ('/' separated).</param>
public sealed record PluginManifest(
    string Id,
    SemanticVersion Version,
    string Domain,
    VersionRange Sdk,
    string EntryAssembly,
    IReadOnlyList<string> Authors,
    string License,
    IReadOnlyDictionary<string, string> Files)
{
    /// <summary>The manifest's file name in a plugin folder.</summary>
    public const string FileName = "plugin.json";
}
