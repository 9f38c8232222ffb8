using Spectre.Console;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// A Spectre.Console progress display for long file work, shown only when mnr writes to a
/// terminal; otherwise (redirected output, tests) the work runs without it.
/// </summary>
internal static class TerminalProgress
{
    /// <summary>True when <paramref name="output"/> is the console and the console is a terminal.</summary>
    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Runs <paramref name="work"/> under a spinner named <paramref name="what"/> when on a terminal.</summary>
    public static Task<T> StatusAsync<T>(TextWriter output, string what, Func<Task<T>> work) =>
        IsTerminal(output) ? AnsiConsole.Status().StartAsync(what, _ => work()) : work();

    /// <summary>Runs <paramref name="work"/> with a progress bar fed through the given reporter when on a terminal.</summary>
    public static Task<T> BarAsync<T>(TextWriter output, string what, Func<Action<double, double>?, Task<T>> work)
    {
        if (!IsTerminal(output))
        {
            return work(null);
        }

        return AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask(what, maxValue: 1);
            var result = await work((done, total) =>
            {
                task.MaxValue = Math.Max(1, total);
                task.Value = done;
            });
            task.Value = task.MaxValue;
            return result;
        });
    }
}
