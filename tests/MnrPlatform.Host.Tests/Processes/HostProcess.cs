using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MnrPlatform.Host.Tests.Processes;

/// <summary>
/// One real host instance: the built MnrPlatform.Host.dll (copied beside the tests) in a process
/// of its own, on a free loopback port, configured by environment variables as an operator would.
/// Its output is kept for failure messages; disposing kills it. Every OTEL_* variable of the test
/// process is left out, so only a test's own reach the host.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private TempDirectory? ownStore;

    private HostProcess(Process process, int port, string name)
    {
        this.process = process;
        Port = port;
        Name = name;
    }

    public string Name { get; }

    public int Port { get; }

    public int ProcessId => process.Id;

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    public bool HasExited => process.HasExited;

    /// <summary>What the process wrote so far (standard output and error, interleaved by arrival).</summary>
    public string Output => string.Join('\n', output);

    /// <summary>The lines the process wrote so far.</summary>
    public IReadOnlyList<string> Lines => [.. output];

    /// <summary>
    /// One host, ready when returned, on a SQLite store of its own (deleted on dispose) unless the
    /// environment names another store, with the production log format (JSON).
    /// </summary>
    public static async Task<HostProcess> StartReadyAsync(IReadOnlyDictionary<string, string> environment)
    {
        var store = new TempDirectory();
        var withStore = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Store__Provider"] = "Sqlite",
            ["Store__DataPath"] = store.Path,
            ["Logging__Console__FormatterName"] = "json",
        };
        foreach (var (name, value) in environment)
        {
            withStore[name] = value;
        }

        var host = Start("host", withStore);
        host.ownStore = store;
        await host.WaitReadyAsync(StartTimeout);
        return host;
    }

    public static HostProcess Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MnrPlatform.Host.dll"));
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("OTEL_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(variable);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(process, port, name);
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"{name}: dotnet did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until <c>/healthz/ready</c> answers 200; fails with the host's output if it exits or the time runs out.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                Assert.Fail($"{Name} (pid {process.Id}) exited with code {process.ExitCode} before it was ready:\n{Tail()}");
            }

            try
            {
                using var answer = await client.GetAsync(new Uri("healthz/ready", UriKind.Relative));
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the host listens only after migration and seeding.
            }
            catch (TaskCanceledException)
            {
            }

            if (watch.Elapsed > timeout)
            {
                Assert.Fail($"{Name} (pid {process.Id}) was not ready within {timeout}:\n{Tail()}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Kills the process at once (SIGKILL, as <c>kill -9</c>): no shutdown, no lease released.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        ownStore?.Dispose();
    }

    /// <summary>The last lines of output, for a failure message.</summary>
    public string Tail(int lines = 40) => string.Join('\n', output.TakeLast(lines));

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
