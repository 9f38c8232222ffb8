using Microsoft.Extensions.Logging;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// Writes warnings and errors logged by the platform's classes (the plugin loader, the demo
/// dataset) to the command's error output as "warning: ..." lines; less severe entries are dropped,
/// so the normal output stays clean.
/// </summary>
internal sealed class ErrorStreamLogger<T>(TextWriter error) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var prefix = logLevel == LogLevel.Warning ? "warning" : "error";
        error.WriteLine($"{prefix}: {formatter(state, exception)}{(exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})")}");
    }
}
