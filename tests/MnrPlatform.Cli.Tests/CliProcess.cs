namespace MnrPlatform.Cli.Tests;

/// <summary>Runs the built <c>mnr</c> (mnr.dll, which the build copies beside the tests) in a process of its own.</summary>
internal static class CliProcess
{
    public static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => DotnetProcess.RunAsync("mnr.dll", args);
}
