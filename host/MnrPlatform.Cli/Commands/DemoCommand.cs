using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MnrPlatform.Data.Demo;
using MnrPlatform.Data.Reference;

namespace MnrPlatform.Cli.Commands;

/// <summary><c>mnr demo load</c>: the synthetic demo dataset, into a store without survey rounds.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var demo = new Command("demo", $"The synthetic demo dataset ({DemoDataset.Label}).");
        demo.Subcommands.Add(Load());
        return demo;
    }

    private static Command Load()
    {
        var store = new StoreArguments();
        var plugins = new PluginArguments();
        var command = new Command(
            "load",
            "Load the built-in reference data (when the store has none) and the synthetic demo rounds into a store without survey rounds; refused (exit 1) when the store already has rounds.");
        store.AddTo(command);
        plugins.AddTo(command);
        store.SetAction(command, async (db, parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;

            if (await RefuseAsync(db, error, cancellationToken))
            {
                return 1;
            }

            if (await plugins.LoadCatalogAsync(parse) is not { } catalog)
            {
                return 2;
            }

            var import = await new ReferenceDataImporter(db, TimeProvider.System).EnsureBuiltInAsync(cancellationToken);
            await output.WriteLineAsync(import is null
                ? "Reference data: already in the store, left as it is."
                : $"Reference data: imported {import.Countries} countries and {import.IncomeGroups} income-group classifications from {import.Source}.");

            var rounds = await new DemoDataset(db, catalog, TimeProvider.System, new ErrorStreamLogger<DemoDataset>(error)).SeedAsync(cancellationToken);
            if (rounds.Count == 0 && await RefuseAsync(db, error, cancellationToken))
            {
                return 1;
            }

            foreach (var code in rounds)
            {
                var round = await db.SurveyRounds.AsNoTracking()
                    .Where(r => r.Code == code)
                    .Select(r => new
                    {
                        r.Name,
                        r.Status,
                        Countries = r.Submissions.Select(s => s.CountryIso3).Distinct().Count(),
                        Answers = r.Submissions.SelectMany(s => s.Answers).Count(),
                    })
                    .SingleAsync(cancellationToken);
                var statuses = (await db.SurveyRounds.AsNoTracking()
                        .Where(r => r.Code == code)
                        .SelectMany(r => r.Submissions.Select(s => s.Status))
                        .ToListAsync(cancellationToken))
                    .GroupBy(s => s)
                    .OrderBy(g => g.Key)
                    .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Loaded round {code} ({round.Name}, {round.Status.ToString().ToLowerInvariant()}): {round.Countries} countries, submissions {string.Join(", ", statuses)}, {round.Answers} answers."));
            }

            await output.WriteLineAsync($"Every loaded round is labelled: {DemoDataset.Label}.");
            return 0;
        });
        return command;
    }

    // True, after saying why, when the store already has survey rounds.
    private static async Task<bool> RefuseAsync(Data.MnrDbContext db, TextWriter error, CancellationToken cancellationToken)
    {
        var existing = await db.SurveyRounds.AsNoTracking().OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(cancellationToken);
        if (existing.Count == 0)
        {
            return false;
        }

        await error.WriteLineAsync(
            $"error: the store already has survey rounds ({string.Join(", ", existing)}); the demo dataset is loaded only into a store without rounds. Nothing was loaded.");
        return true;
    }
}
