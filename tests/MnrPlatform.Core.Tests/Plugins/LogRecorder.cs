using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MnrPlatform.Core.Tests.Plugins;

/// <summary>Keeps every log entry, with the scopes it was written in, for assertions.</summary>
internal sealed class LogRecorder : ILogger
{
    private readonly AsyncLocal<ImmutableScopes> scopes = new();

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger<T> For<T>() => new Typed<T>(this);

    public IDisposable BeginScope<TState>(TState state)
        where TState : notnull
    {
        var previous = scopes.Value;
        scopes.Value = new ImmutableScopes([.. previous?.States ?? [], state]);
        return new Restore(() => scopes.Value = previous!);
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = (scopes.Value?.States ?? [])
            .OfType<IEnumerable<KeyValuePair<string, object>>>()
            .SelectMany(s => s)
            .Concat(state as IEnumerable<KeyValuePair<string, object?>> is { } pairs ? pairs.Select(p => new KeyValuePair<string, object>(p.Key, p.Value ?? "")) : [])
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => g.Last().Value);
        Entries.Enqueue(new LogEntry(logLevel, formatter(state, exception), exception, properties));
    }

    private sealed record ImmutableScopes(IReadOnlyList<object> States);

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    private sealed class Typed<T>(LogRecorder inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}

internal sealed record LogEntry(LogLevel Level, string Message, Exception? Exception, IReadOnlyDictionary<string, object> Properties);
