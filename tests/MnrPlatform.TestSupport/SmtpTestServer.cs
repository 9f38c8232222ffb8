using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MnrPlatform.TestSupport;

/// <summary>
/// A real SMTP server on loopback for tests: Debian's python3-aiosmtpd with its Mailbox handler,
/// which saves each message it accepts as one file of a Maildir. Made stopped (a server that is
/// down); <see cref="StartAsync"/> brings it up on its port. Skips (fails under CI) without aiosmtpd.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    /// <summary>The Python with aiosmtpd (Debian's; a pyenv shim on PATH may lack it).</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly string[] MaildirFolders = ["new", "cur"];

    private readonly TempDirectory folder = new();
    private Process? process;

    private SmtpTestServer(int port) => Port = port;

    /// <summary>The loopback port the server listens on once started.</summary>
    public int Port { get; }

    /// <summary>The host to connect to.</summary>
    public static string Host => "127.0.0.1";

    private string Maildir => Path.Combine(folder.Path, "mail");

    /// <summary>A stopped server on a free port; skips the test (fails under CI) when aiosmtpd is missing.</summary>
    public static SmtpTestServer Create()
    {
        if (!IsAvailable())
        {
            Requires.Missing($"no SMTP test server: {Python} cannot import aiosmtpd; install Debian's 'python3-aiosmtpd' (.ci/run installs it).");
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new SmtpTestServer(port);
    }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        if (process is not null)
        {
            return;
        }

        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"{Host}:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(Host, Port);
                return;
            }
            catch (SocketException)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"aiosmtpd exited with {process.ExitCode} before listening on {Port}.");
                }

                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on {Host}:{Port} within 10 seconds.");
    }

    /// <summary>Stops the server (the messages it saved stay readable).</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    /// <summary>The raw text of every message the server has saved, oldest file first.</summary>
    public IReadOnlyList<string> Messages()
    {
        var saved = MaildirFolders.Select(d => Path.Combine(Maildir, d)).Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Select(f => new FileInfo(f))
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal);
        return [.. saved.Select(f => File.ReadAllText(f.FullName))];
    }

    /// <summary>Waits until the server has saved at least <paramref name="count"/> messages (or the timeout passed) and returns them.</summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || DateTime.UtcNow > until)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        folder.Dispose();
    }

    private static bool IsAvailable()
    {
        if (!File.Exists(Python))
        {
            return false;
        }

        using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd"]) { UseShellExecute = false, RedirectStandardError = true });
        if (check is null)
        {
            return false;
        }

        check.WaitForExit(10_000);
        return check.HasExited && check.ExitCode == 0;
    }
}
