using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace MnrPlatform.Host.Tests.Observability;

/// <summary>
/// A stand-in OTLP/HTTP collector on loopback: it answers every POST with 200 and keeps the path
/// (<c>/v1/traces</c>, <c>/v1/metrics</c>) and the protobuf body, which tests search for known bytes.
/// </summary>
internal sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<(string Path, byte[] Body)> received = new();
    private readonly Task serving;

    private OtlpReceiver(string host, int port)
    {
        Endpoint = new Uri($"http://{host}:{port}/");
        listener.Prefixes.Add(Endpoint.ToString());
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<(string Path, byte[] Body)> Received => [.. received];

    /// <summary>A receiver on a free port.</summary>
    public static OtlpReceiver Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new OtlpReceiver("127.0.0.1", port);
    }

    /// <summary>A receiver on localhost:<paramref name="port"/>, or null when that port is taken.</summary>
    public static OtlpReceiver? TryStart(int port)
    {
        try
        {
            return new OtlpReceiver("localhost", port);
        }
        catch (HttpListenerException)
        {
            return null;
        }
    }

    /// <summary>Waits until a body posted to <paramref name="path"/> contains <paramref name="needle"/>; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForAsync(string path, byte[] needle, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Received.Any(r => r.Path == path && r.Body.AsSpan().IndexOf(needle) >= 0))
            {
                return true;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return false;
    }

    public void Dispose()
    {
        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending GetContextAsync.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }
}
