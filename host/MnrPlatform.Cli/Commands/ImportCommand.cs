using System.CommandLine;
using System.Globalization;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Transfer;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr import FILE --round R [--status submitted|validated] [--dry-run]</c>: reads a file of answers
/// (CSV, XLSX, template or JSON), prints what would change per country and, unless it is a dry
/// run, applies it in one transaction. A file with problems is refused as a whole: each problem
/// goes to the error output, one per line with its place, and the exit code is 1.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var store = new StoreArguments();
        var plugins = new PluginArguments();
        var file = new Argument<FileInfo>("FILE") { Description = "The file of answers: .csv (UTF-8), .xlsx (long sheet or template) or .json." };
        var round = new Option<string>("--round") { Description = "The round to import into (not a published one).", Required = true };
        var status = new Option<string>("--status")
        {
            Description = "The status of submissions the import creates: submitted (default; awaiting validation) or validated. Existing submissions keep theirs.",
            DefaultValueFactory = _ => "submitted",
        };
        status.AcceptOnlyFromAmong("submitted", "validated");
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and print what would change; write nothing." };
        var maxSize = new Option<int>("--max-size-mb")
        {
            Description = "Refuse files larger than this (MB).",
            DefaultValueFactory = _ => (int)(ImportReadOptions.DefaultMaxFileBytes / (1024 * 1024)),
        };
        var command = new Command("import", "Import a file of answers into a survey round (the secretariat's bulk entry); all or nothing.") { file, round, status, dryRun, maxSize };
        store.AddTo(command);
        plugins.AddTo(command);
        store.SetAction(command, async (db, parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (await plugins.LoadCatalogAsync(parse) is not { } catalog)
            {
                return 2;
            }

            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                await error.WriteLineAsync($"error: there is no file {path.FullName}");
                return 2;
            }

            var importer = new AnswerImporter(db, catalog, new ImportWriter(db, new AuditLog(db), TimeProvider.System));
            var options = new ImportReadOptions { MaxFileBytes = parse.GetValue(maxSize) * 1024L * 1024L };
            var plan = await TerminalProgress.StatusAsync(output, $"Reading {path.Name}…", async () =>
            {
                await using var stream = path.OpenRead();
                return await importer.ReadAsync(stream, path.Name, parse.GetRequiredValue(round), options, cancellationToken);
            });

            if (!plan.IsValid)
            {
                foreach (var problem in plan.Problems)
                {
                    await error.WriteLineAsync(problem.ToString());
                }

                if (plan.UnlistedProblemCount > 0)
                {
                    await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"… and {plan.UnlistedProblemCount} more problem(s) not listed"));
                }

                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"error: {path.Name} has {plan.ProblemCount} problem(s); nothing was imported."));
                return 1;
            }

            await output.WriteLineAsync($"File: {path.Name} ({plan.Format}, sha256 {plan.Sha256})");
            await WritePreviewAsync(output, plan.Preview!);
            if (parse.GetValue(dryRun))
            {
                await output.WriteLineAsync("Dry run: nothing was written.");
                return 0;
            }

            var scope = AccessScope.For(PlatformPrincipal.System($"cli:{Environment.UserName}"));
            var apply = new ImportApplyOptions { NewSubmissionStatus = parse.GetValue(status) == "validated" ? SubmissionStatus.Validated : SubmissionStatus.Submitted };
            var result = await TerminalProgress.StatusAsync(output, "Writing…", () => importer.ApplyAsync(plan, scope, apply, cancellationToken));
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Imported into {plan.RoundCode}: {result.Answers.New} new, {result.Answers.Changed} changed, {result.Answers.Unchanged} unchanged answers; {result.SubmissionsCreated} submission(s) created as {apply.NewSubmissionStatus}, {result.SubmissionsTouched} touched; results version {result.ResultsVersion}{(result.ResultsChanged ? " (validated answers changed)" : "")}."));
            return 0;
        });
        return command;
    }

    private static async Task WritePreviewAsync(TextWriter output, ImportPreview preview)
    {
        await output.WriteLineAsync("country    new  changed  unchanged  new submissions");
        foreach (var c in preview.Countries)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{c.CountryIso3,-7} {c.Answers.New,6} {c.Answers.Changed,8} {c.Answers.Unchanged,10} {c.NewSubmissions,16}"));
        }

        var t = preview.Totals;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{"total",-7} {t.New,6} {t.Changed,8} {t.Unchanged,10} {preview.NewSubmissions,16}"));
        if (preview.NotInvited.Count > 0)
        {
            await output.WriteLineAsync($"Not invited yet (applying invites them): {string.Join(", ", preview.NotInvited)}.");
        }

        if (preview.ValidatedSubmissionsChanged > 0)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{preview.ValidatedSubmissionsChanged} validated submission(s) change: the round's results will be recomputed."));
        }
    }
}
