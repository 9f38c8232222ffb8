using MnrPlatform.Sdk.Content;
using McMasterLoader = McMaster.NETCore.Plugins.PluginLoader;

namespace MnrPlatform.Core.Plugins;

/// <summary>What the loader found in one plugin folder and what became of it.</summary>
/// <param name="Folder">The plugin's folder.</param>
/// <param name="Manifest">Its manifest; null when it could not be read.</param>
/// <param name="Status">Whether it is active and, if not, why.</param>
/// <param name="Reason">What went wrong and what to do about it; empty when active.</param>
/// <param name="Warnings">Things that did not stop it but should be fixed.</param>
/// <param name="Content">What it registered; null unless active.</param>
/// <param name="Files">The files of its folder, relative and '/' separated.</param>
/// <param name="LoadTime">Time from reading its manifest to validated content.</param>
public sealed record InstalledPlugin(
    string Folder,
    PluginManifest? Manifest,
    PluginStatus Status,
    string Reason,
    IReadOnlyList<string> Warnings,
    DomainContent? Content,
    IReadOnlyList<string> Files,
    TimeSpan LoadTime)
{
    /// <summary>The manifest's id, or the folder name when there is no readable manifest.</summary>
    public string Id => Manifest?.Id ?? Path.GetFileName(Folder);

    /// <summary>Whether its content is in the catalog.</summary>
    public bool IsActive => Status == PluginStatus.Active;

    /// <summary>The load context holding its code; null unless active.</summary>
    internal McMasterLoader? Loader { get; init; }
}
