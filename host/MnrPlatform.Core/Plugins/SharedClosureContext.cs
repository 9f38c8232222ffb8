using System.Reflection;
using System.Runtime.Loader;
using MnrPlatform.Sdk;

namespace MnrPlatform.Core.Plugins;

/// <summary>
/// The default context every plugin's load context falls back to: it answers each assembly of the
/// SDK's closure by simple name with the host's copy, whatever version the plugin asks for. Asked by
/// full name, a plugin compiled against a newer SDK than the host's would fail to bind to the host's
/// copy and McMaster would then load the copy in the plugin's folder, whose IDomainPlugin is another
/// type (McMaster.NETCore.Plugins issues #242 and #302).
/// </summary>
internal sealed class SharedClosureContext : AssemblyLoadContext
{
    private readonly AssemblyLoadContext host = GetLoadContext(typeof(IDomainPlugin).Assembly) ?? Default;

    private SharedClosureContext()
        : base("mnr:sdk-closure")
    {
    }

    public static SharedClosureContext Instance { get; } = new();

    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name is { } name && SharedAssemblies.All.Contains(name)
            ? host.LoadFromAssemblyName(new AssemblyName(name))
            : null;
}
