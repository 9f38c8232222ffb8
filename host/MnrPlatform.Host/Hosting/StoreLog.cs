using MnrPlatform.Data.Store;

namespace MnrPlatform.Host.Hosting;

internal static partial class StoreLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Opening the store: {Store}")]
    public static partial void Opening(ILogger logger, StoreConnection store);
}
