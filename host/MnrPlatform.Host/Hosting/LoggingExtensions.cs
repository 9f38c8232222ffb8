using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HttpLogging;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// Console logs: the formatter comes from <c>Logging:Console:FormatterName</c> (JSON by default,
/// one readable line per event in Development); message templates keep every value structured.
/// Every event written while a request runs carries its trace and span ids as a scope, and each
/// request gets one line (method, path without the query, status, duration).
/// </summary>
internal static partial class LoggingExtensions
{
    public static WebApplicationBuilder AddPlatformLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Logging.Configure(options =>
            options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        builder.Services.AddHttpLogging(options =>
        {
            // No query string, headers or bodies: invitation and reset links carry tokens in them.
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        builder.Services.AddHttpLoggingInterceptor<HealthProbesUnlogged>();
        return builder;
    }

    /// <summary>Writes the request log line (category <c>Microsoft.AspNetCore.HttpLogging</c>, Information).</summary>
    public static WebApplication UseRequestLogs(this WebApplication app)
    {
        app.UseHttpLogging();
        return app;
    }

    /// <summary>Prints where the platform can be reached once the server has bound its addresses.</summary>
    public static WebApplication LogListeningAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            if (addresses is { Count: > 0 })
            {
                Listening(app.Logger, addresses);
            }
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MnrPlatform is listening on {Addresses}")]
    private static partial void Listening(ILogger logger, ICollection<string> addresses);

    private sealed class HealthProbesUnlogged : IHttpLoggingInterceptor
    {
        public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext)
        {
            if (ObservabilityExtensions.IsHealthProbe(logContext.HttpContext))
            {
                logContext.LoggingFields = HttpLoggingFields.None;
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;
    }
}
