using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Plugins;

/// <summary>What one load of a plugins folder has claimed so far, and what it may keep from the load before.</summary>
internal sealed class LoadSession(HashSet<string> disabled, IReadOnlyList<InstalledPlugin>? previous)
{
    private readonly Dictionary<string, string> contentIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InstalledPlugin> previousByFolder = (previous ?? [])
        .Where(p => p.IsActive)
        .ToDictionary(p => Path.GetFullPath(p.Folder), StringComparer.Ordinal);

    public HashSet<string> Disabled { get; } = disabled;

    /// <summary>Whether the contexts can unload: a reloading session (Plugins:Watch).</summary>
    public bool Unloadable { get; } = previous is not null;

    public Dictionary<string, string> ClaimedIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> ClaimedDomains { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The active plugin the previous load found in <paramref name="folder"/> when its manifest lists
    /// the same files with the same hashes (the folder has just been verified against it); else null.
    /// </summary>
    public InstalledPlugin? Unchanged(string folder, PluginManifest manifest) =>
        previousByFolder.TryGetValue(Path.GetFullPath(folder), out var before)
        && before.Loader is not null
        && before.Manifest!.Id == manifest.Id
        && before.Manifest.Files.Count == manifest.Files.Count
        && before.Manifest.Files.All(f => manifest.Files.TryGetValue(f.Key, out var hash) && string.Equals(hash, f.Value, StringComparison.OrdinalIgnoreCase))
            ? before
            : null;

    // Ids are unique within a plugin by the content rules; across plugins they are checked here.
    public string? ClaimIds(string pluginId, DomainContent content)
    {
        var ids = content.Capabilities.Select(c => ("capability", c.Code))
            .Concat(content.Questions.Select(q => ("question", q.Id)))
            .Concat(content.Indicators.Select(i => ("indicator", i.Id)))
            .Concat(content.Charts.Select(c => ("chart", c.Id)))
            .ToList();
        foreach (var (kind, id) in ids)
        {
            if (contentIds.TryGetValue($"{kind}:{id}", out var owner))
            {
                return $"Its {kind} id '{id}' is already registered by plugin '{owner}'. Ids are unique across plugins: prefix them with the domain code.";
            }
        }

        foreach (var (kind, id) in ids)
        {
            contentIds[$"{kind}:{id}"] = pluginId;
        }

        return null;
    }
}
