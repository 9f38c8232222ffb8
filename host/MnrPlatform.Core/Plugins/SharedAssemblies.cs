using System.Reflection;
using System.Text.Json;
using MnrPlatform.Sdk;

namespace MnrPlatform.Core.Plugins;

/// <summary>
/// The SDK's closure, which plugins always get from the host: the SDK, every assembly it references
/// in IL, and every runtime assembly of the packages it depends on in the host's deps.json. The IL
/// alone misses what the SDK's code does not name yet, or what a package loads only when it needs it
/// (Plotly.NET loads Giraffe.ViewEngine to render HTML; DynamicObj brings Fable.Core).
/// </summary>
internal static class SharedAssemblies
{
    private static readonly Lazy<IReadOnlySet<string>> Names = new(Collect);

    public static IReadOnlySet<string> All => Names.Value;

    public static string SdkFileName { get; } = SdkName + ".dll";

    private static string SdkName => typeof(IDomainPlugin).Assembly.GetName().Name!;

    private static HashSet<string> Collect()
    {
        var names = new HashSet<string>(FromDepsFiles(), StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>([typeof(IDomainPlugin).Assembly]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.TryPop(out var assembly))
        {
            if (!seen.Add(assembly.GetName().Name!))
            {
                continue;
            }

            names.Add(assembly.GetName().Name!);
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => !seen.Contains(r.Name!)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }

        return names;
    }

    // deps.json: targets → { "<name>/<version>": { "dependencies": { name: version }, "runtime": { "lib/…/X.dll": {} } } }.
    private static IEnumerable<string> FromDepsFiles()
    {
        var files = (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(File.Exists);
        foreach (var file in files)
        {
            using var deps = JsonDocument.Parse(File.ReadAllBytes(file));
            if (!deps.RootElement.TryGetProperty("targets", out var targets))
            {
                continue;
            }

            foreach (var target in targets.EnumerateObject())
            {
                var libraries = target.Value.EnumerateObject().ToDictionary(l => l.Name, l => l.Value, StringComparer.OrdinalIgnoreCase);
                var pending = new Stack<string>(libraries.Keys.Where(k => k.StartsWith(SdkName + "/", StringComparison.OrdinalIgnoreCase)));
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                while (pending.TryPop(out var key))
                {
                    if (!seen.Add(key) || !libraries.TryGetValue(key, out var library))
                    {
                        continue;
                    }

                    foreach (var runtime in Properties(library, "runtime"))
                    {
                        yield return Path.GetFileNameWithoutExtension(runtime.Name);
                    }

                    foreach (var dependency in Properties(library, "dependencies"))
                    {
                        pending.Push($"{dependency.Name}/{dependency.Value.GetString()}");
                    }
                }
            }
        }
    }

    private static JsonProperty[] Properties(JsonElement library, string name) =>
        library.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? [.. value.EnumerateObject()] : [];
}
