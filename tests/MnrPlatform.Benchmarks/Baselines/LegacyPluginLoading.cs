using System.Reflection;
using System.Security.Cryptography;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Benchmarks.Baselines;

/// <summary>
/// The pre-2.0 loader's steps for one folder, with <see cref="LegacyPluginLoadContext"/>: read the
/// manifest, check every file's SHA-256, load the entry assembly in its own context, call Configure,
/// apply the content rules. The same work PluginLoader does, less its bookkeeping.
/// </summary>
internal static class LegacyPluginLoading
{
    // The SDK and its IL references, as the pre-2.0 SharedAssemblies walked them.
    private static readonly Lazy<HashSet<string>> Shared = new(() =>
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>([typeof(IDomainPlugin).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (names.Add(assembly.GetName().Name!))
            {
                foreach (var reference in assembly.GetReferencedAssemblies().Where(r => !names.Contains(r.Name!)))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }

        return names;
    });

    public static DomainContent Load(string folder)
    {
        var manifest = PluginManifestReader.Read(File.ReadAllText(Path.Combine(folder, PluginManifest.FileName)), out var problems)
            ?? throw new InvalidOperationException(string.Join(" ", problems));
        foreach (var (file, expected) in manifest.Files)
        {
            using var stream = File.OpenRead(Path.Combine(folder, file));
            if (!string.Equals(Convert.ToHexString(SHA256.HashData(stream)), expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{file} does not match its hash.");
            }
        }

        var entry = Path.Combine(folder, manifest.EntryAssembly);
        var context = new LegacyPluginLoadContext(manifest.Id, entry, Shared.Value);
        var type = context.LoadFromAssemblyPath(entry).GetTypes().Single(t => typeof(IDomainPlugin).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false });
        var builder = new DomainBuilder();
        ((IDomainPlugin)Activator.CreateInstance(type)!).Configure(builder);
        return builder.Build();
    }
}
