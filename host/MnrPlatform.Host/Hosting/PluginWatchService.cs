using Microsoft.Extensions.Options;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// Plugins:Watch (Development only): reloads the plugins folder when it changes and swaps the
/// catalog for new requests. Unchanged plugins keep their load context; the others' old contexts
/// unload when the last request holding the old catalog ends.
/// </summary>
internal sealed partial class PluginWatchService(
    LiveCatalog live,
    PluginLoader loader,
    IndicatorResultCache results,
    IOptions<PluginOptions> options,
    ILogger<PluginWatchService> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);
    private PluginFolderWatcher? watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.Value.Path, AppContext.BaseDirectory);
        watcher = new PluginFolderWatcher(folder, () => Reload(folder), Poll, Quiet);
        Watching(logger, folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        watcher = null;
    }

    private void Reload(string folder)
    {
        var plugins = loader.LoadUnloadable(folder, options.Value.Disabled, live.Current.Plugins);
        live.Swap(plugins);
        // Cached results refer to the old content (and so hold its load context).
        results.Clear();
        var active = plugins.Count(p => p.IsActive);
        Reloaded(logger, folder, active, plugins.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugins:Watch: watching {Folder} for plugin rebuilds")]
    private static partial void Watching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugins:Watch: reloaded {Folder}: {Active} of {Count} plugin(s) active; new requests get the new catalog")]
    private static partial void Reloaded(ILogger logger, string folder, int active, int count);
}
