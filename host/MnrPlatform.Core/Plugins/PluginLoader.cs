using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Logging;
using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;
using McMasterLoader = McMaster.NETCore.Plugins.PluginLoader;

namespace MnrPlatform.Core.Plugins;

/// <summary>
/// Finds the plugins in a folder (one sub-folder each) and loads them: manifest first, refusing
/// before any code runs what is malformed, out of SDK range, a duplicate or tampered with; then
/// each in its own load context, validated eagerly. A faulty plugin never stops the others.
/// </summary>
public sealed class PluginLoader(ILogger<PluginLoader> logger)
{
    /// <summary>The SDK version this host provides to plugins.</summary>
    public static SemanticVersion SdkVersion { get; } = ReadSdkVersion();

    /// <summary>Loads every plugin under <paramref name="pluginsFolder"/>, in ordinal order of folder name.</summary>
    /// <param name="pluginsFolder">The folder with one sub-folder per plugin; a missing folder means no plugins.</param>
    /// <param name="disabledIds">Ids of plugins switched off by configuration.</param>
    public IReadOnlyList<InstalledPlugin> LoadAll(string pluginsFolder, IEnumerable<string> disabledIds)
    {
        if (!Directory.Exists(pluginsFolder))
        {
            PluginLog.NoPluginFolder(logger, pluginsFolder);
            return [];
        }

        return LoadFolders(Directory.EnumerateDirectories(pluginsFolder).Order(StringComparer.Ordinal), disabledIds);
    }

    /// <summary>
    /// Loads every plugin under <paramref name="pluginsFolder"/> into load contexts that can unload
    /// (Plugins:Watch), keeping from <paramref name="previous"/> each active plugin whose files are
    /// unchanged. Unload what the result no longer holds with <see cref="Unload"/>.
    /// </summary>
    public IReadOnlyList<InstalledPlugin> LoadUnloadable(string pluginsFolder, IEnumerable<string> disabledIds, IReadOnlyList<InstalledPlugin> previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        if (!Directory.Exists(pluginsFolder))
        {
            PluginLog.NoPluginFolder(logger, pluginsFolder);
            return [];
        }

        return LoadFolders(Directory.EnumerateDirectories(pluginsFolder).Order(StringComparer.Ordinal), new LoadSession(disabledIds.ToHashSet(StringComparer.Ordinal), previous));
    }

    /// <summary>
    /// Unloads the load contexts of <paramref name="retired"/> that <paramref name="current"/> does not
    /// still use. A context goes once nothing references its code any more.
    /// </summary>
    public static void Unload(IEnumerable<InstalledPlugin> retired, IEnumerable<InstalledPlugin> current)
    {
        var kept = current.Select(p => p.Loader).OfType<McMasterLoader>().ToHashSet();
        foreach (var loader in retired.Select(p => p.Loader).OfType<McMasterLoader>().Where(l => !kept.Contains(l)))
        {
            loader.Dispose();
        }
    }

    /// <summary>Loads the plugins in the given plugin folders, in that order, as if they were installed together.</summary>
    public IReadOnlyList<InstalledPlugin> LoadFolders(IEnumerable<string> pluginFolders, IEnumerable<string> disabledIds) =>
        LoadFolders(pluginFolders, new LoadSession(disabledIds.ToHashSet(StringComparer.Ordinal), null));

    private IReadOnlyList<InstalledPlugin> LoadFolders(IEnumerable<string> pluginFolders, LoadSession session)
    {
        var loaded = pluginFolders.Select(folder => Load(folder, session)).ToList();
        var checkedPlugins = UndeclaredInstruments.Warn(loaded);
        foreach (var (before, after) in loaded.Zip(checkedPlugins))
        {
            foreach (var warning in after.Warnings.Skip(before.Warnings.Count))
            {
                PluginLog.Warning(logger, after.Id, warning);
            }
        }

        return checkedPlugins;
    }

    private InstalledPlugin Load(string folder, LoadSession session)
    {
        var clock = Stopwatch.StartNew();
        var files = PluginFiles.List(folder);
        var attempt = new Attempt(folder, files, clock);
        var result = Check(attempt, session);
        foreach (var warning in result.Warnings)
        {
            PluginLog.Warning(logger, result.Id, warning);
        }

        if (result.IsActive)
        {
            PluginLog.Loaded(logger, result.Id, result.Manifest!.Version, result.LoadTime.TotalMilliseconds);
        }
        else
        {
            PluginLog.NotLoaded(logger, result.Id, result.Status, result.Reason);
        }

        return result;
    }

    private static InstalledPlugin Check(Attempt attempt, LoadSession session)
    {
        var manifestPath = Path.Combine(attempt.Folder, PluginManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            return attempt.Refuse($"There is no {PluginManifest.FileName} in the folder. Build the plugin with the MnrPlatform.Sdk package (it writes the manifest) and copy its whole build output here.");
        }

        var manifest = PluginManifestReader.Read(File.ReadAllText(manifestPath), out var problems);
        if (manifest is null)
        {
            return attempt.Refuse($"{PluginManifest.FileName} is malformed:\n{string.Join("\n", problems)}");
        }

        attempt.Manifest = manifest;
        if (session.Disabled.Contains(manifest.Id))
        {
            return attempt.Finish(PluginStatus.Disabled, $"Disabled by configuration (Plugins:Disabled lists '{manifest.Id}'). Remove it from that list to load the plugin.");
        }

        if (SdkCompatibility.Refusal(manifest.Sdk, SdkVersion) is { } incompatible)
        {
            return attempt.Refuse(incompatible);
        }

        if (session.ClaimedIds.TryGetValue(manifest.Id, out var sameIdFolder))
        {
            return attempt.Refuse($"Another plugin with id '{manifest.Id}' is already installed (folder '{Path.GetFileName(sameIdFolder)}'). Remove one of the two folders.");
        }

        if (session.ClaimedDomains.TryGetValue(manifest.Domain, out var domainOwner))
        {
            return attempt.Refuse($"Domain '{manifest.Domain}' is already supplied by plugin '{domainOwner}'; a domain has one plugin. Disable or remove one of the two.");
        }

        if (PluginFiles.Verify(attempt.Folder, attempt.Files, manifest) is { } tampered)
        {
            return attempt.Refuse(tampered);
        }

        session.ClaimedIds[manifest.Id] = attempt.Folder;
        session.ClaimedDomains[manifest.Domain] = manifest.Id;
        if (attempt.Files.Any(f => SharedAssemblies.All.Contains(Path.GetFileNameWithoutExtension(f)) && f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
        {
            attempt.Warnings.Add($"The folder ships its own copy of {SharedAssemblies.SdkFileName} (or of an assembly the SDK uses); it is ignored and the host's SDK {SdkVersion} is used. Reference MnrPlatform.Sdk with ExcludeAssets=\"runtime\" (or Private=\"false\") so the build leaves it out.");
        }

        return LoadCode(attempt, manifest, session);
    }

    private static InstalledPlugin LoadCode(Attempt attempt, PluginManifest manifest, LoadSession session)
    {
        if (session.Unchanged(attempt.Folder, manifest) is { } kept && session.ClaimIds(manifest.Id, kept.Content!) is null)
        {
            return kept with { Warnings = attempt.Warnings };
        }

        var entryPath = Path.Combine(attempt.Folder, manifest.EntryAssembly);
        using var loading = new LoadingContext(PluginContexts.Create(entryPath, session.Unloadable));
        var result = RunCode(attempt, manifest, session, loading.Loader);
        return result.IsActive ? result with { Loader = loading.Keep() } : result;
    }

    private static InstalledPlugin RunCode(Attempt attempt, PluginManifest manifest, LoadSession session, McMasterLoader loader)
    {
        Type[] types;
        try
        {
            types = loader.LoadDefaultAssembly().GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            var causes = e.LoaderExceptions.OfType<Exception>().Select(x => x.Message).Distinct().Take(3);
            return attempt.Fault($"Its code does not load: {string.Join(" ", causes)} Check that the plugin folder holds every dependency from its build output.");
        }
        catch (Exception e) when (e is IOException or BadImageFormatException)
        {
            return attempt.Fault($"'{manifest.EntryAssembly}' does not load: {e.Message}");
        }

        var entryTypes = types.Where(t => typeof(IDomainPlugin).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();
        if (entryTypes.Count != 1)
        {
            return attempt.Fault($"'{manifest.EntryAssembly}' must contain exactly one class implementing IDomainPlugin; it contains {entryTypes.Count}.");
        }

        var builder = new DomainBuilder();
        try
        {
            var plugin = (IDomainPlugin)Activator.CreateInstance(entryTypes[0])!;
            plugin.Configure(builder);
        }
#pragma warning disable CA1031 // Any exception from plugin code faults that plugin only; the reason carries it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var inner = e is TargetInvocationException { InnerException: { } cause } ? cause : e;
            return inner is FileNotFoundException or FileLoadException
                ? attempt.Fault($"A dependency is missing: {inner.Message}{MissingFiles.Describe(attempt.Folder, inner)} Copy the plugin's whole build output, with its dependencies, into its folder.")
                : attempt.Fault($"{entryTypes[0].Name}.Configure threw {inner.GetType().Name}: {inner.Message}");
        }

        DomainContent content;
        try
        {
            content = builder.Build();
        }
        catch (InvalidDomainContentException e)
        {
            return attempt.Fault($"Its content breaks {e.Problems.Count} rule(s):\n{string.Join("\n", e.Problems)}");
        }

        if (content.Domain.Code != manifest.Domain)
        {
            return attempt.Fault($"{PluginManifest.FileName} says domain '{manifest.Domain}' but Configure registered domain '{content.Domain.Code}'. Make the two agree.");
        }

        if (session.ClaimIds(manifest.Id, content) is { } clash)
        {
            return attempt.Fault(clash);
        }

        return attempt.Activate(content);
    }

    private static SemanticVersion ReadSdkVersion()
    {
        var informational = typeof(IDomainPlugin).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        return SemanticVersion.TryParse(informational, out var version)
            ? version
            : throw new InvalidOperationException($"The SDK assembly's informational version '{informational}' is not a semantic version.");
    }

    private sealed class Attempt(string folder, IReadOnlyList<string> files, Stopwatch clock)
    {
        public string Folder { get; } = folder;

        public IReadOnlyList<string> Files { get; } = files;

        public PluginManifest? Manifest { get; set; }

        public List<string> Warnings { get; } = [];

        public InstalledPlugin Refuse(string reason) => Finish(PluginStatus.Incompatible, reason);

        public InstalledPlugin Fault(string reason) => Finish(PluginStatus.Faulted, reason);

        public InstalledPlugin Activate(DomainContent content) => Finish(PluginStatus.Active, "", content);

        public InstalledPlugin Finish(PluginStatus status, string reason, DomainContent? content = null) =>
            new(Folder, Manifest, status, reason, Warnings, content, Files, clock.Elapsed);
    }
}
