using System.CommandLine;
using MnrPlatform.Data.Reference;

namespace MnrPlatform.Cli.Commands;

/// <summary><c>mnr reference import [FOLDER]</c>: (re)load the country reference data.</summary>
internal static class ReferenceCommand
{
    public static Command Create()
    {
        var reference = new Command("reference", "Country reference data: ISO codes, UN M49 regions, World Bank income groups by year.");
        reference.Subcommands.Add(Import());
        return reference;
    }

    private static Command Import()
    {
        var store = new StoreArguments();
        var folder = new Argument<DirectoryInfo?>("folder")
        {
            Description = "A folder with countries.csv and income-groups.csv (format: samples/data/reference/README.md); without it, the data built into the platform.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("import", "Load the reference data into the store, all or nothing; a bad file is reported by file, row and column and writes nothing.");
        command.Arguments.Add(folder);
        store.AddTo(command);
        store.SetAction(command, async (db, parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;

            try
            {
                var files = parse.GetValue(folder) is { } from ? ReferenceDataReader.ReadFolder(from.FullName) : ReferenceDataFiles.BuiltIn();
                var import = await new ReferenceDataImporter(db, TimeProvider.System).ImportAsync(files, cancellationToken);
                await output.WriteLineAsync($"Imported {import.Countries} countries and {import.IncomeGroups} income-group classifications from {import.Source}.");
                return 0;
            }
            catch (ReferenceDataException e)
            {
                await error.WriteLineAsync($"error: nothing was imported. {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
