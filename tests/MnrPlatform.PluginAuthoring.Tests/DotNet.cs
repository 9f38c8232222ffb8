using System.Diagnostics;
using System.Text;

namespace MnrPlatform.PluginAuthoring.Tests;

/// <summary>What one `dotnet` command did: its exit code and everything it printed.</summary>
/// <param name="Command">The command line, for messages.</param>
/// <param name="ExitCode">The exit code; -1 when it timed out and was killed.</param>
/// <param name="Output">Standard output and error, interleaved as they arrived.</param>
public sealed record DotNetResult(string Command, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The command, its exit code and its whole output, for assertion messages.</summary>
    public string Describe() =>
        $"`{Command}` exited with {ExitCode}. Its output:{Environment.NewLine}{Output}";
}

/// <summary>Runs the `dotnet` CLI as a child process with its output captured.</summary>
public static class DotNet
{
    /// <summary>How long one command may take; generous, since a restore may download packages on a busy 2-core machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<DotNetResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` hands MSBuild settings of its own build down to the test process; a child
        // build must not inherit them.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        // No build servers or reusable nodes: they would outlive the test and hold its output pipes open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var command = $"dotnet {string.Join(' ', arguments)} (in {workingDirectory})";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var clock = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Append(output, $"(killed after {clock.Elapsed.TotalSeconds:F0} s: the limit is {Timeout.TotalMinutes:F0} minutes)");
            return new DotNetResult(command, -1, Text(output));
        }

        TestContext.Current.SendDiagnosticMessage($"{command}: exit {process.ExitCode} after {clock.Elapsed.TotalSeconds:F1} s");
        return new DotNetResult(command, process.ExitCode, Text(output));
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
