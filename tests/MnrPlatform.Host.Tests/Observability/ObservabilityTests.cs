using System.Diagnostics;
using System.Net;
using System.Text;
using MnrPlatform.Host.Tests.Processes;

namespace MnrPlatform.Host.Tests.Observability;

/// <summary>OpenTelemetry by the standard OTEL_* variables, seen from outside: a host process and a stand-in collector.</summary>
public sealed class ObservabilityTests
{
    private static readonly TimeSpan ExportWait = TimeSpan.FromSeconds(30);

    // Short export intervals, so a test waits for a second rather than the defaults' 5 and 60.
    private static readonly Dictionary<string, string> FastExport = new(StringComparer.Ordinal)
    {
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
    };

    [Fact]
    public async Task With_an_otlp_endpoint_the_host_sends_traces_and_metrics_and_the_request_log_carries_the_trace_id()
    {
        using var collector = OtlpReceiver.Start();
        await using var host = await HostProcess.StartReadyAsync(new Dictionary<string, string>(FastExport)
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint.ToString().TrimEnd('/'),
        });

        var traceId = await GetWithTraceAsync(host, "/account/sign-in");

        var traceBytes = Convert.FromHexString(traceId.ToHexString());
        Assert.True(await collector.WaitForAsync("/v1/traces", traceBytes, ExportWait), Summary(collector));
        var traces = Text(collector.Received.First(r => r.Path == "/v1/traces" && r.Body.AsSpan().IndexOf(traceBytes) >= 0).Body);
        Assert.Contains("/account/sign-in", traces, StringComparison.Ordinal);
        Assert.Contains(ObservabilityServiceName, traces, StringComparison.Ordinal);
        Assert.True(await collector.WaitForAsync("/v1/metrics", "http.server.request.duration"u8.ToArray(), ExportWait), Summary(collector));
        // EF Core's meter counts the store's queries on SQLite too.
        Assert.True(await collector.WaitForAsync("/v1/metrics", "microsoft.entityframeworkcore."u8.ToArray(), ExportWait), Summary(collector));
        // The readiness probes polled while the host started are neither traced nor logged.
        Assert.DoesNotContain(collector.Received, r => r.Path == "/v1/traces" && Text(r.Body).Contains("/healthz", StringComparison.Ordinal));
        var line = await RequestLogAsync(host, traceId);
        Assert.Contains("\"Path\":\"/account/sign-in\"", line, StringComparison.Ordinal);
        Assert.Contains("\"StatusCode\":200", line, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Lines, l => l.Contains("\"Path\":\"/healthz", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_variables_nothing_is_sent_and_the_request_log_still_carries_the_trace_id()
    {
        // Where the SDK would send over http/protobuf with no endpoint set (null if another program holds the port).
        using var defaultCollector = OtlpReceiver.TryStart(4318);
        await using var host = await HostProcess.StartReadyAsync(FastExport);

        var traceId = await GetWithTraceAsync(host, "/account/sign-in");

        var line = await RequestLogAsync(host, traceId);
        Assert.Contains("\"Path\":\"/account/sign-in\"", line, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        Assert.Empty(defaultCollector?.Received ?? []);
    }

    [Fact]
    public async Task On_postgresql_a_request_trace_has_the_npgsql_spans_of_its_queries()
    {
        var server = Requires.PostgreSql();
        var database = $"mnr_otel_{Guid.NewGuid():N}";
        await PostgreSqlAsync(server, $"CREATE DATABASE \"{database}\"");
        try
        {
            using var collector = OtlpReceiver.Start();
            await using (var host = await HostProcess.StartReadyAsync(new Dictionary<string, string>(FastExport)
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint.ToString().TrimEnd('/'),
                ["Store__Provider"] = "PostgreSql",
                ["Store__ConnectionString"] = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
            }))
            {
                // The overview reads the store on every request.
                var traceId = await GetWithTraceAsync(host, "/");

                var traceBytes = Convert.FromHexString(traceId.ToHexString());
                Assert.True(await collector.WaitForAsync("/v1/traces", traceBytes, ExportWait), Summary(collector));
                Assert.True(await WaitForAsync(() => collector.Received.Any(r =>
                    r.Path == "/v1/traces" && r.Body.AsSpan().IndexOf(traceBytes) >= 0 && Text(r.Body).Contains("postgresql", StringComparison.Ordinal))),
                    "no Npgsql span in the request's trace; " + Summary(collector));
                Assert.True(await collector.WaitForAsync("/v1/metrics", "db.client."u8.ToArray(), ExportWait), "no Npgsql metrics; " + Summary(collector));
            }
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await PostgreSqlAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private const string ObservabilityServiceName = "mnrplatform";

    /// <summary>GETs <paramref name="path"/> as part of a trace the test chose (W3C traceparent), expecting 200.</summary>
    private static async Task<ActivityTraceId> GetWithTraceAsync(HostProcess host, string path)
    {
        var traceId = ActivityTraceId.CreateRandom();
        // No propagator: a tracer another test builds in this process would otherwise add its own
        // traceparent beside the test's, and the host would start a trace of its own.
        using var handler = new SocketsHttpHandler { ActivityHeadersPropagator = null };
        using var client = new HttpClient(handler) { BaseAddress = host.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return traceId;
    }

    /// <summary>The host's one-line request log (JSON console) written inside the trace <paramref name="traceId"/>.</summary>
    private static async Task<string> RequestLogAsync(HostProcess host, ActivityTraceId traceId)
    {
        var needle = $"\"TraceId\":\"{traceId.ToHexString()}\"";
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (host.Lines.FirstOrDefault(l => l.Contains("Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal) && l.Contains(needle, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"No request log line with {needle}:\n{string.Join('\n', host.Lines)}");
        return "";
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        for (var waited = TimeSpan.Zero; waited < ExportWait; waited += TimeSpan.FromMilliseconds(100))
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return condition();
    }

    private static async Task PostgreSqlAsync(string server, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    // Protobuf keeps strings as UTF-8 bytes; Latin-1 maps every byte to one char, so ASCII text can be searched.
    private static string Text(byte[] body) => Encoding.Latin1.GetString(body);

    private static string Summary(OtlpReceiver collector) =>
        $"received: {string.Join(", ", collector.Received.Select(r => $"{r.Path} ({r.Body.Length} bytes)"))}";
}
