using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MnrPlatform.Core.Tests.Plugins;

/// <summary>Keeps every log entry with its structured properties, for assertions.</summary>
internal sealed class LogRecorder
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger<T> For<T>() => new Typed<T>(this);

    private sealed class Typed<T>(LogRecorder recorder) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = (state as IEnumerable<KeyValuePair<string, object?>> ?? [])
                .ToDictionary(p => p.Key, p => p.Value ?? "");
            recorder.Entries.Enqueue(new LogEntry(logLevel, formatter(state, exception), exception, properties));
        }
    }
}

internal sealed record LogEntry(LogLevel Level, string Message, Exception? Exception, IReadOnlyDictionary<string, object> Properties);
