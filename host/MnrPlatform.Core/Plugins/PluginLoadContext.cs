using System.Reflection;
using System.Runtime.Loader;

namespace MnrPlatform.Core.Plugins;

/// <summary>
/// One plugin's own load context: its private dependencies resolve from its folder through its
/// deps.json, so two plugins can use two versions of one library. The SDK and its dependency
/// closure always come from the host, so a plugin's <c>IDomainPlugin</c> is the host's type.
/// </summary>
/// <remarks>A load context keeps dependencies apart; it is not a security boundary.</remarks>
internal sealed class PluginLoadContext(string pluginId, string entryAssemblyPath, IReadOnlySet<string> sharedAssemblies)
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
