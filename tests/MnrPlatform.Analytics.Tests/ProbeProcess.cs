namespace MnrPlatform.Analytics.Tests;

/// <summary>Runs the analytics probe (MnrPlatform.Analytics.Probe.dll, copied beside the tests) in a process of its own.</summary>
internal static class ProbeProcess
{
    /// <summary>Runs the probe and fails the test, with its error output, unless it exits with 0.</summary>
    public static async Task RunAsync(params string[] args)
    {
        var (exit, output, error) = await DotnetProcess.RunAsync("MnrPlatform.Analytics.Probe.dll", args);
        Assert.True(exit == 0, $"The probe ({string.Join(' ', args)}) exited with {exit}: {error}{output}");
    }
}
