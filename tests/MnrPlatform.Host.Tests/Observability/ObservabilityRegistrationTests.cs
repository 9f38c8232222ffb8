using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace MnrPlatform.Host.Tests.Observability;

/// <summary>Which OpenTelemetry providers the host registers for which OTEL_* settings (read through configuration, as the SDK reads them).</summary>
public sealed class ObservabilityRegistrationTests
{
    public static TheoryData<string, string?, bool, bool> Cases => new()
    {
        { "none", null, false, false },
        { "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9", true, true },
        { "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://127.0.0.1:9/v1/traces", true, false },
        { "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "http://127.0.0.1:9/v1/metrics", false, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Providers_are_registered_only_for_the_signals_the_variables_ask_for(string name, string? value, bool traces, bool metrics)
    {
        using var factory = new PlatformFactory();
        if (value is not null)
        {
            factory.Settings[name] = value;
        }

        using var client = factory.CreateClient();

        Assert.Equal(traces, factory.Services.GetService<TracerProvider>() is not null);
        Assert.Equal(metrics, factory.Services.GetService<MeterProvider>() is not null);
    }

    [Theory]
    [InlineData("OTEL_SDK_DISABLED", "true")]
    [InlineData("OTEL_TRACES_EXPORTER", "none")]
    public void Disabling_variables_win_over_the_endpoint(string name, string value)
    {
        using var factory = new PlatformFactory();
        factory.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9";
        factory.Settings[name] = value;

        using var client = factory.CreateClient();

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Equal(name != "OTEL_SDK_DISABLED", factory.Services.GetService<MeterProvider>() is not null);
    }
}
