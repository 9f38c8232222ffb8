namespace MnrPlatform.Cli.Tests;

/// <summary>Runs the <c>mnr</c> command line in-process and captures what it writes.</summary>
internal static class Cli
{
    public static Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input (none when null).</summary>
    public static async Task<(int Exit, string Output, string Error)> RunWithInputAsync(string? stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = stdin is null ? null : new StringReader(stdin);
        var exit = await MnrCli.RunAsync(args, output, error, input);
        return (exit, output.ToString(), error.ToString());
    }
}
