using System.CommandLine;
using MnrPlatform.Cli.Commands;

namespace MnrPlatform.Cli;

/// <summary>The <c>mnr</c> command line: administration tasks that run without the web host.</summary>
public static class MnrCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("mnr: administration of an MnrPlatform installation.")
        {
            DbCommand.Create(),
            PluginsCommand.Create(),
        };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
