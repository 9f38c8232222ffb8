using System.Reflection;
using McMasterLoader = McMaster.NETCore.Plugins.PluginLoader;

namespace MnrPlatform.Core.Plugins;

/// <summary>
/// Makes one plugin's load context with McMaster.NETCore.Plugins (pinned at 2.0.0: it is barely
/// maintained, and the loader tests are what would catch a break). Its defaults do not fit this
/// platform, so each is set here on purpose.
/// </summary>
/// <remarks>A load context keeps dependencies apart; it is not a security boundary.</remarks>
internal static class PluginContexts
{
    /// <summary>A context for the plugin whose entry assembly is <paramref name="entryAssemblyPath"/>.</summary>
    /// <param name="entryAssemblyPath">The plugin's entry assembly, in its folder with its deps.json.</param>
    /// <param name="unloadable">
    /// Whether the context can unload (Plugins:Watch): it then also reads assemblies into memory, so
    /// an author's rebuild can overwrite the files on any OS.
    /// </param>
    public static McMasterLoader Create(string entryAssemblyPath, bool unloadable) =>
        McMasterLoader.CreateFromAssemblyFile(entryAssemblyPath, config =>
        {
            // True would hand a plugin the host's copy of a private library, so two plugins could
            // no longer use two versions of it side by side.
            config.PreferSharedTypes = false;
            // The SDK's closure comes from the host by simple name, never from the plugin's folder.
            config.DefaultContext = SharedClosureContext.Instance;
            // McMaster shares only what the given assemblies reference in IL; list the whole closure.
            // The list is complete already, so McMaster need not walk (and load) every reference of
            // each, framework included, for every plugin: lazy mode adds the names as they are.
            config.IsLazyLoaded = true;
            foreach (var name in SharedAssemblies.All)
            {
                config.SharedAssemblies.Add(new AssemblyName(name));
            }

            config.IsUnloadable = unloadable;
            config.LoadInMemory = unloadable;
        });
}
