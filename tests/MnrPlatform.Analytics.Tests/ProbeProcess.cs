using System.Diagnostics;

namespace MnrPlatform.Analytics.Tests;

/// <summary>Runs the analytics probe (MnrPlatform.Analytics.Probe.dll, copied beside the tests) in a process of its own.</summary>
internal static class ProbeProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Runs the probe and fails the test, with its error output, unless it exits with 0.</summary>
    public static async Task RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MnrPlatform.Analytics.Probe.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The probe ({string.Join(' ', args)}) did not finish within {Timeout}.");
        }

        Assert.True(process.ExitCode == 0, $"The probe ({string.Join(' ', args)}) exited with {process.ExitCode}: {await error}{await output}");
    }
}
