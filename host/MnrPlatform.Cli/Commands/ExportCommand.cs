using System.CommandLine;
using System.Globalization;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Audit;
using MnrPlatform.Data.Surveys.Transfer;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr export --round R --format csv|xlsx|json|template [--country ISO3 --instrument I] --out FILE</c>:
/// writes a round's answers in a format <c>mnr import</c> reads back. The file names countries: for
/// the secretariat only; the export is written to the audit log.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var store = new StoreArguments();
        var plugins = new PluginArguments();
        var round = new Option<string>("--round") { Description = "The round to export.", Required = true };
        var format = new Option<string>("--format") { Description = "csv, xlsx, json or template (one country and instrument, wide form).", Required = true };
        format.AcceptOnlyFromAmong("csv", "xlsx", "json", "template");
        var country = new Option<string?>("--country") { Description = "Only this country (ISO3); required for a template." };
        var instrument = new Option<string?>("--instrument") { Description = "Only this instrument; required for a template." };
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var command = new Command("export", "Export a round's answers to a file (CSV, XLSX, JSON or a fill-in template). The file names countries: for the secretariat only.")
        {
            round, format, country, instrument, output,
        };
        store.AddTo(command);
        plugins.AddTo(command);
        store.SetAction(command, async (db, parse, cancellationToken) =>
        {
            var console = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (await plugins.LoadCatalogAsync(parse) is not { } catalog)
            {
                return 2;
            }

            var request = new ExportRequest(parse.GetRequiredValue(round), TransferFormats.Parse(parse.GetRequiredValue(format))!.Value, parse.GetValue(country), parse.GetValue(instrument));
            if (request.Format == TransferFormat.Template && (request.CountryIso3 is null || request.InstrumentCode is null))
            {
                await error.WriteLineAsync("error: a template is for one country and one instrument: give --country and --instrument.");
                return 2;
            }

            var file = parse.GetRequiredValue(output);
            var scope = AccessScope.For(PlatformPrincipal.System($"cli:{Environment.UserName}"));
            var exporter = new AnswerExporter(db, catalog, new AuditLog(db));
            ExportResult result;
            try
            {
                result = await TerminalProgress.BarAsync(console, $"Exporting {request.RoundCode}", async report =>
                {
                    await using var stream = file.Create();
                    var progress = report is null ? null : new Reporter(report);
                    return await exporter.ExportAsync(request, stream, scope, progress, cancellationToken);
                });
            }
            catch (KeyNotFoundException e)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                file.Refresh();
                if (file.Exists && file.Length == 0)
                {
                    file.Delete();
                }

                return 2;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: could not write {file.FullName}: {e.Message}");
                return 1;
            }

            await console.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Exported {result.Answers} answers of {result.Countries} countries from {request.RoundCode} to {file.FullName} ({request.Format})."));
            if (result.SyntheticDataLabel is { } label)
            {
                await console.WriteLineAsync($"Data: {label} (the file says so too).");
            }

            await console.WriteLineAsync("The file names countries: for the secretariat only.");
            return 0;
        });
        return command;
    }

    // Feeds the exporter's progress into the terminal's progress bar (synchronously, on the writing thread).
    private sealed class Reporter(Action<double, double> report) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) => report(value.Written, value.Total);
    }
}
