using System.CommandLine;
using MnrPlatform.Cli.Commands;

namespace MnrPlatform.Cli;

/// <summary>The <c>mnr</c> command line: administration tasks that run without the web host.</summary>
public static class MnrCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="input">Standard input (e.g. a password with <c>--password-stdin</c>); none when null.</param>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader? input = null)
    {
        var root = new RootCommand("mnr: administration of an MnrPlatform installation.")
        {
            DbCommand.Create(),
            PluginsCommand.Create(),
            ReferenceCommand.Create(),
            UsersCommand.Create(input ?? TextReader.Null),
            DemoCommand.Create(),
            ClusterCommand.Create(),
            SuggestCommand.Create(),
            ImportCommand.Create(),
            RoundsCommand.Create(),
            ExportCommand.Create(),
            ReportCommand.Create(),
            InviteCommand.Create(),
            InstrumentsCommand.Create(),
        };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
