using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Email;
using MnrPlatform.Data.Store;

namespace MnrPlatform.Data.Tests.Email;

/// <summary>A test clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Keeps every log line written, to check what never appears in logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>
/// The e-mail services over one test store as a host instance has them (store, Identity,
/// AddMnrEmail) with the test's settings and clock; two of these on one store are two instances.
/// </summary>
public static class EmailServices
{
    public static ServiceProvider Build(StoreConnection connection, TimeProvider clock, CapturedLogs logs, IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton(clock);
        services.AddMnrStore(connection);
        services.AddMnrAccountsCore();
        services.AddMnrEmail(configuration);
        return services.BuildServiceProvider();
    }

    public static Dictionary<string, string?> Smtp(int port) => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = nameof(SmtpSecurity.None),
        ["Email:Smtp:SenderAddress"] = "secretariat@mnr.test",
        ["Email:Smtp:Timeout"] = "00:00:05",
        ["Email:Sender:FirstBackoff"] = "00:01:00",
        ["Platform:PublicUrl"] = "https://mnr.test/",
    };

    public static async Task<T> InScopeAsync<T>(this ServiceProvider provider, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = provider.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
