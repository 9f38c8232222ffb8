using System.CommandLine;
using System.Globalization;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Surveys.Instruments;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr instruments list</c>: the survey instruments in the store (the plugins' declarations,
/// synced first, and those the secretariat made) with who answers them, who declares them and how
/// many questions they have with the active plugins.
/// </summary>
internal static class InstrumentsCommand
{
    public static Command Create()
    {
        var instruments = new Command("instruments", "Survey instruments: the questionnaires rounds send to countries.");
        instruments.Subcommands.Add(List());
        return instruments;
    }

    private static Command List()
    {
        var store = new StoreArguments();
        var plugins = new PluginArguments();
        var command = new Command("list", "List the instruments: code, name, respondent type, declared by, question count.");
        store.AddTo(command);
        plugins.AddTo(command);
        store.SetAction(command, async (db, parse, cancellationToken) =>
        {
            if (await plugins.LoadCatalogAndInstrumentsAsync(parse, db, cancellationToken) is not { } catalog)
            {
                return 2;
            }

            var list = await new InstrumentDirectory(db, catalog, new AuditLog(db), TimeProvider.System).ListAsync(cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            if (list.Count == 0)
            {
                await output.WriteLineAsync("No instrument: no active plugin declares one and the secretariat has made none.");
                return 0;
            }

            string[] header = ["CODE", "NAME", "RESPONDENT", "DECLARED BY", "QUESTIONS"];
            var rows = list.Select(i => new[] { i.Code, i.Name, i.RespondentType, i.DeclaredBy ?? "secretariat", i.QuestionCount.ToString(CultureInfo.InvariantCulture) }).ToList();
            var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Prepend(h.Length).Max()).ToArray();
            foreach (var row in rows.Prepend(header))
            {
                await output.WriteLineAsync(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
            }

            return 0;
        });
        return command;
    }
}
