using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Core.Catalog;

/// <summary>
/// The catalog the host serves now. Each request (or Blazor circuit) takes a <see cref="CatalogLease"/>
/// on the catalog current when it starts and keeps it to its end; <see cref="Swap"/> (Plugins:Watch)
/// serves new requests a new catalog, and a retired catalog's plugins unload once its last lease ends.
/// </summary>
public sealed class LiveCatalog
{
    private readonly Lock gate = new();
    private Generation current;

    /// <summary>Starts with the plugins loaded at start-up.</summary>
    public LiveCatalog(IReadOnlyList<InstalledPlugin> plugins)
    {
        current = new Generation(new FrameworkCatalog(plugins));
    }

    /// <summary>Raised after <see cref="Swap"/> put a new catalog in place.</summary>
    public event EventHandler? Swapped;

    /// <summary>The catalog new requests get.</summary>
    public FrameworkCatalog Current
    {
        get
        {
            lock (gate)
            {
                return current.Catalog;
            }
        }
    }

    /// <summary>Holds the current catalog until the lease is disposed.</summary>
    public CatalogLease Acquire()
    {
        lock (gate)
        {
            current.Holders++;
            return new CatalogLease(current.Catalog, current, Release);
        }
    }

    /// <summary>
    /// Serves <paramref name="plugins"/> to new requests. The plugins of the catalog it replaces that
    /// <paramref name="plugins"/> does not keep unload when no request holds that catalog any more.
    /// </summary>
    public void Swap(IReadOnlyList<InstalledPlugin> plugins)
    {
        Generation retired;
        lock (gate)
        {
            retired = current;
            retired.Successor = plugins;
            current = new Generation(new FrameworkCatalog(plugins));
        }

        UnloadIfFree(retired);
        Swapped?.Invoke(this, EventArgs.Empty);
    }

    private void Release(object generation)
    {
        var released = (Generation)generation;
        lock (gate)
        {
            released.Holders--;
        }

        UnloadIfFree(released);
    }

    private void UnloadIfFree(Generation generation)
    {
        IReadOnlyList<InstalledPlugin>? successor;
        lock (gate)
        {
            if (generation.Holders > 0 || generation.Successor is null || generation.Unloaded)
            {
                return;
            }

            generation.Unloaded = true;
            successor = generation.Successor;
        }

        // Only what no later catalog kept: an unchanged plugin moves on to the next catalog whole.
        PluginLoader.Unload(generation.Catalog.Plugins, successor);
    }

    private sealed class Generation(FrameworkCatalog catalog)
    {
        public FrameworkCatalog Catalog { get; } = catalog;

        public int Holders { get; set; }

        public IReadOnlyList<InstalledPlugin>? Successor { get; set; }

        public bool Unloaded { get; set; }
    }
}

/// <summary>A request's hold on one catalog: while it is not disposed, that catalog's plugins stay loaded.</summary>
public sealed class CatalogLease : IDisposable
{
    private readonly object generation;
    private Action<object>? release;

    internal CatalogLease(FrameworkCatalog catalog, object generation, Action<object> release)
    {
        Catalog = catalog;
        this.generation = generation;
        this.release = release;
    }

    /// <summary>The catalog held.</summary>
    public FrameworkCatalog Catalog { get; }

    /// <inheritdoc />
    public void Dispose() => Interlocked.Exchange(ref release, null)?.Invoke(generation);
}
