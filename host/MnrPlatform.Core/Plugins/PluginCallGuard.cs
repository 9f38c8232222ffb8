using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MnrPlatform.Core.Plugins;

/// <summary>
/// Runs plugin code at run time (an indicator's predicate, for instance) so that an exception
/// costs only that call: it is logged with the plugin id, remembered for the Plugins page, and the
/// caller gets a failed result to show in place of the figure.
/// </summary>
public sealed class PluginCallGuard(ILogger<PluginCallGuard> logger, TimeProvider clock)
{
    private const int FaultsKeptPerPlugin = 10;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<PluginFault>> faults = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="call"/> on behalf of plugin <paramref name="pluginId"/>.</summary>
    /// <param name="pluginId">The plugin whose code runs.</param>
    /// <param name="operation">What the call does, for logs and the Plugins page (e.g. "computing indicator x").</param>
    /// <param name="call">The call.</param>
    public PluginCallResult<T> Run<T>(string pluginId, string operation, Func<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return new PluginCallResult<T>(call(), null);
        }
#pragma warning disable CA1031 // Any exception from plugin code is contained here; that is the point.
        catch (Exception e)
#pragma warning restore CA1031
        {
            PluginLog.CallFailed(logger, e, pluginId, operation);

            var fault = new PluginFault(pluginId, operation, $"{e.GetType().Name}: {e.Message}", clock.GetUtcNow());
            var queue = faults.GetOrAdd(pluginId, _ => new ConcurrentQueue<PluginFault>());
            queue.Enqueue(fault);
            while (queue.Count > FaultsKeptPerPlugin && queue.TryDequeue(out _))
            {
            }

            return new PluginCallResult<T>(default, fault);
        }
    }

    /// <summary>The latest run-time faults of a plugin in this host instance, newest first.</summary>
    public IReadOnlyList<PluginFault> RecentFaults(string pluginId) =>
        faults.TryGetValue(pluginId, out var queue) ? [.. queue.Reverse()] : [];
}

/// <summary>The outcome of a guarded call into a plugin.</summary>
/// <param name="Value">What the call returned; default when it failed.</param>
/// <param name="Fault">Why it failed; null when it succeeded.</param>
public sealed record PluginCallResult<T>(T? Value, PluginFault? Fault)
{
    /// <summary>Whether the call returned normally.</summary>
    public bool Succeeded => Fault is null;
}

/// <summary>An exception thrown by plugin code at run time.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Operation">What the host was doing.</param>
/// <param name="Message">The exception's type and message.</param>
/// <param name="At">When it happened.</param>
public sealed record PluginFault(string PluginId, string Operation, string Message, DateTimeOffset At);
