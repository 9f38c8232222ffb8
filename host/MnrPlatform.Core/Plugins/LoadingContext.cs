using McMasterLoader = McMaster.NETCore.Plugins.PluginLoader;

namespace MnrPlatform.Core.Plugins;

/// <summary>A plugin's load context while the loader tries it: disposed (unloaded, if it can) unless the plugin became active.</summary>
internal sealed class LoadingContext(McMasterLoader loader) : IDisposable
{
    private bool kept;

    public McMasterLoader Loader { get; } = loader;

    public McMasterLoader Keep()
    {
        kept = true;
        return Loader;
    }

    public void Dispose()
    {
        if (!kept)
        {
            Loader.Dispose();
        }
    }
}
