using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MnrPlatform.Host.Tests.Observability;

/// <summary>
/// The built host (MnrPlatform.Host.dll beside the tests, plugins from bin/plugins) in a process of
/// its own on a free loopback port, with its own SQLite folder and the environment a test gives it;
/// the content root is the host project (appsettings.json). Production unless told otherwise.
/// Every OTEL_* variable of the test process is left out, so only the test's own reach the host.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly Process process;
    private readonly TempDirectory data = new();
    private readonly ConcurrentQueue<string> lines = new();

    private HostProcess(IReadOnlyDictionary<string, string> environment)
    {
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Path("host", "MnrPlatform.Host"),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MnrPlatform.Host.dll"));
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("OTEL_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Store__Provider"] = "Sqlite";
        start.Environment["Store__DataPath"] = data.Path;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>Everything the host has written to its console so far.</summary>
    public IReadOnlyList<string> Lines => [.. lines];

    /// <summary>Starts the host and waits until <c>/healthz/ready</c> answers 200.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var host = new HostProcess(environment);
        using var client = new HttpClient { BaseAddress = host.Address };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (host.process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {host.process.ExitCode}:\n{string.Join('\n', host.Lines)}");
            }

            try
            {
                using var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), TestContext.Current.CancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                await host.DisposeAsync();
                throw new TimeoutException($"The host was not ready within {StartTimeout}:\n{string.Join('\n', host.Lines)}");
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        process.Dispose();
        data.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
