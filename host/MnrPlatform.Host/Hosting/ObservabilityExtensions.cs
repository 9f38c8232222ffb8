using System.Reflection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MnrPlatform.Host.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics, exported by OTLP when the standard <c>OTEL_*</c> variables ask
/// for it (<see cref="OtlpSettings"/>); without them nothing is registered and nothing is sent.
/// Traces: ASP.NET Core requests (health probes left out), outgoing HttpClient calls, Npgsql
/// commands. Metrics: ASP.NET Core and Kestrel, HttpClient, Npgsql, EF Core and the runtime.
/// SQLite has no tracing of its own: on SQLite a request's span covers its queries, and EF Core's
/// metrics count them.
/// </summary>
internal static class ObservabilityExtensions
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> does not give one.</summary>
    public const string ServiceName = "mnrplatform";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        var settings = OtlpSettings.Read(builder.Configuration);
        if (!settings.Any)
        {
            return builder;
        }

        var otel = builder.Services.AddOpenTelemetry();
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"]))
        {
            var version = typeof(ObservabilityExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            otel.ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: version));
        }

        if (settings.Traces)
        {
            otel.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsHealthProbe(context))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(options => Override(options, settings.TracesEndpoint)));
        }

        if (settings.Metrics)
        {
            otel.WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter("Microsoft.EntityFrameworkCore", "System.Runtime")
                .AddOtlpExporter(options => Override(options, settings.MetricsEndpoint)));
        }

        return builder;
    }

    /// <summary>The load balancer's probes (<see cref="HealthEndpoints"/>), every few seconds per instance: not worth a trace or a log line.</summary>
    public static bool IsHealthProbe(HttpContext context) => context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);

    // A signal's own endpoint is used as given (the specification's rule); the shared one gets /v1/<signal> from the SDK.
    private static void Override(OtlpExporterOptions options, Uri? signalEndpoint)
    {
        if (signalEndpoint is not null)
        {
            options.Endpoint = signalEndpoint;
        }
    }
}
