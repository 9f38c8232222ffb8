using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Localization;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Data.Reports;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Cli.Commands;

/// <summary>
/// <c>mnr report --round R --format html|pdf|md --audience public|secretariat --out FILE [--language en|fr|es|ar] [--example ID]…</c>:
/// writes a round's review report from its validated answers, in English or the language named. A public report holds only aggregates that pass
/// small-cell suppression (k from <c>Disclosure__MinimumCellSize</c>, default 5); a secretariat report
/// is unsuppressed and says so on every page.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var store = new StoreArguments();
        var plugins = new PluginArguments();
        var examples = new ReportExampleArguments();
        var round = new Option<string>("--round") { Description = "The round to report on.", Required = true };
        var format = new Option<string>("--format") { Description = "html (print-ready page), pdf (printed by headless Chromium) or md (Markdown).", Required = true };
        format.AcceptOnlyFromAmong([.. ReviewReportFile.Formats.Keys]);
        var audience = new Option<string>("--audience") { Description = "public (suppressed; published rounds only) or secretariat (unsuppressed, marked on every page).", Required = true };
        audience.AcceptOnlyFromAmong([.. ReviewReportFile.Audiences.Keys]);
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var language = new Option<string>("--language") { Description = "The report's language: en (default), fr, es or ar.", DefaultValueFactory = _ => PlatformLanguages.Default };
        language.AcceptOnlyFromAmong([.. PlatformLanguages.Names]);
        var command = new Command("report", "Write a round's review report (HTML, PDF or Markdown) for the public or the secretariat.")
        {
            round, format, audience, output, language,
        };
        store.AddTo(command);
        plugins.AddTo(command);
        examples.AddTo(command);
        store.SetAction(command, async (db, parse, cancellationToken) =>
        {
            var console = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var chosenFormat = ReviewReportFile.Formats[parse.GetRequiredValue(format)];
            if (chosenFormat == ReportFormat.Pdf && ChromiumPdf.Find() is null)
            {
                await error.WriteLineAsync($"error: {ChromiumPdf.MissingMessage}.");
                return 2;
            }

            if (await plugins.LoadCatalogAsync(parse) is not { } catalog)
            {
                return 2;
            }

            var who = ReviewReportFile.Audiences[parse.GetRequiredValue(audience)];
            var k = new ConfigurationBuilder().AddEnvironmentVariables().Build()
                .GetSection(DisclosureOptions.SectionName).Get<DisclosureOptions>()?.MinimumCellSize ?? new DisclosureOptions().MinimumCellSize;
            var engine = new IndicatorEngine(catalog, new PluginCallGuard(NullLogger<PluginCallGuard>.Instance, TimeProvider.System));
            var results = new IndicatorResultService(engine, new IndicatorResultCache(), new RoundRespondentReader(db, catalog).ReadAsync);
            var file = parse.GetRequiredValue(output);
            ReviewReport report;
            try
            {
                var culture = PlatformLanguages.Find(parse.GetValue(language)) ?? CultureInfo.GetCultureInfo(PlatformLanguages.Default);
                report = await new ReviewReportBuilder(db, catalog, engine, results).BuildAsync(parse.GetRequiredValue(round), who, k, culture, cancellationToken);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
            {
                await error.WriteLineAsync($"error: {e.Message}");
                return 2;
            }

            if (await examples.ChooseAsync(parse, db, catalog, who, cancellationToken) is not { } boxes)
            {
                return 2;
            }

            report = report with { Examples = boxes };
            try
            {
                await File.WriteAllBytesAsync(file.FullName, await ReviewReportFile.RenderAsync(report, chosenFormat, cancellationToken), cancellationToken);
            }
            catch (ChromiumMissingException e)
            {
                await error.WriteLineAsync($"error: {e.Message}.");
                return 2;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: could not write {file.FullName}: {e.Message}");
                return 1;
            }

            var figures = report.Figures.Count();
            await console.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote the {ReviewReportFile.Name(who)} report of {report.Round.Code} ({report.Method.Countries} countries, {report.Domains.Count} domain sections, {figures} figures, {report.Annex.Count} indicators in the annex) to {file.FullName} ({ReviewReportFile.Name(chosenFormat)})."));
            if (ReportText.DataLabel(report.Round) is { } label)
            {
                await console.WriteLineAsync($"{label} (the report says so too).");
            }

            await console.WriteLineAsync(who == ReportAudience.Public
                ? string.Create(CultureInfo.InvariantCulture, $"Public: counts below {k} countries are withheld.")
                : $"{ReviewReport.SecretariatBanner}.");
            return 0;
        });
        return command;
    }
}
