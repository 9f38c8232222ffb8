namespace MnrPlatform.Host.Hosting;

/// <summary>
/// Which signals the standard <c>OTEL_*</c> variables ask to export by OTLP. A signal is on when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or its own <c>OTEL_EXPORTER_OTLP_{TRACES|METRICS}_ENDPOINT</c>
/// is set, unless <c>OTEL_{TRACES|METRICS}_EXPORTER=none</c> or <c>OTEL_SDK_DISABLED=true</c>.
/// The SDK reads the rest (protocol, headers, timeout, export intervals) itself.
/// </summary>
internal sealed record OtlpSettings(bool Traces, Uri? TracesEndpoint, bool Metrics, Uri? MetricsEndpoint)
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public bool Any => Traces || Metrics;

    public static OtlpSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.Equals(configuration["OTEL_SDK_DISABLED"]?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return new OtlpSettings(false, null, false, null);
        }

        var shared = !string.IsNullOrWhiteSpace(configuration[EndpointVariable]);
        var traces = SignalEndpoint(configuration, "TRACES");
        var metrics = SignalEndpoint(configuration, "METRICS");
        return new OtlpSettings(
            (shared || traces is not null) && !IsNone(configuration["OTEL_TRACES_EXPORTER"]), traces,
            (shared || metrics is not null) && !IsNone(configuration["OTEL_METRICS_EXPORTER"]), metrics);
    }

    private static Uri? SignalEndpoint(IConfiguration configuration, string signal)
    {
        var name = $"OTEL_EXPORTER_OTLP_{signal}_ENDPOINT";
        var value = configuration[name];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{name} is '{value}', which is not an absolute URL (e.g. http://collector:4318/v1/{signal.ToLowerInvariant()}).");
    }

    private static bool IsNone(string? exporter) => string.Equals(exporter?.Trim(), "none", StringComparison.OrdinalIgnoreCase);
}
