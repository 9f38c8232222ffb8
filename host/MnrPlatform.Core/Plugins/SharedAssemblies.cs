using System.Reflection;
using MnrPlatform.Sdk;

namespace MnrPlatform.Core.Plugins;

/// <summary>The SDK and every assembly it references, transitively: plugins always get the host's copies.</summary>
internal static class SharedAssemblies
{
    private static readonly Lazy<IReadOnlySet<string>> Names = new(Collect);

    public static IReadOnlySet<string> All => Names.Value;

    public static string SdkFileName { get; } = typeof(IDomainPlugin).Assembly.GetName().Name + ".dll";

    private static HashSet<string> Collect()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>([typeof(IDomainPlugin).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            if (!names.Add(assembly.GetName().Name!))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => !names.Contains(r.Name!)))
            {
                pending.Push(Assembly.Load(reference));
            }
        }

        return names;
    }
}
