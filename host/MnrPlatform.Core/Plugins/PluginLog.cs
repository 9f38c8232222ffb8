using Microsoft.Extensions.Logging;

namespace MnrPlatform.Core.Plugins;

internal static partial class PluginLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin folder {Folder} does not exist: no plugins are loaded")]
    public static partial void NoPluginFolder(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} is active (loaded in {LoadTimeMs:F1} ms)")]
    public static partial void Loaded(ILogger logger, string pluginId, SemanticVersion version, double loadTimeMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId} is {Status}: {Reason}")]
    public static partial void NotLoaded(ILogger logger, string pluginId, PluginStatus status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugin {PluginId}: {Warning}")]
    public static partial void Warning(ILogger logger, string pluginId, string warning);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId} failed while {Operation}")]
    public static partial void CallFailed(ILogger logger, Exception exception, string pluginId, string operation);
}
