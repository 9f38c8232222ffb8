using System.Reflection;
using System.Runtime.Loader;

namespace MnrPlatform.Benchmarks.Baselines;

/// <summary>
/// The pre-2.0 reference: the AssemblyLoadContext the loader made for each plugin before load
/// contexts came from McMaster.NETCore.Plugins (host/MnrPlatform.Core/Plugins/PluginLoadContext.cs
/// at 77ef56e), kept verbatim so the benchmark compares the two. Not used by the host.
/// </summary>
internal sealed class LegacyPluginLoadContext(string pluginId, string entryAssemblyPath, IReadOnlySet<string> sharedAssemblies)
    : AssemblyLoadContext($"plugin:{pluginId}")
{
    private readonly AssemblyDependencyResolver resolver = new(entryAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null || sharedAssemblies.Contains(assemblyName.Name))
        {
            return null;
        }

        var path = resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
