namespace MnrPlatform.Cli.Tests;

/// <summary>Runs the <c>mnr</c> command line in-process and captures what it writes.</summary>
internal static class Cli
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await MnrCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
