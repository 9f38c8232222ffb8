using System.Diagnostics;

namespace MnrPlatform.TestSupport;

/// <summary>Runs a built .NET program that the build copies beside the tests (e.g. mnr.dll) in a process of its own.</summary>
public static class DotnetProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Runs <paramref name="assembly"/> (a file name beside the tests) with <paramref name="args"/>; throws when it runs past the time limit.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string assembly, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
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
            throw new TimeoutException($"{assembly} {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }
}
