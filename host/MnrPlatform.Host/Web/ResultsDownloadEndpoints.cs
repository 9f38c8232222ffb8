using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Exports;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Web;

/// <summary>
/// A round's indicator results for download: <c>/rounds/{round}/results.{csv|xlsx|json}</c> holds
/// every indicator by every breakdown it allows, read through <see cref="ViewerResults"/>, so the
/// pages' and the API's scoping and suppression apply (a round the viewer may not see is not found).
/// </summary>
internal static class ResultsDownloadEndpoints
{
    private static readonly Dictionary<string, (string ContentType, Func<IndicatorResultsExport, byte[]> Write)> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csv"] = ("text/csv; charset=utf-8", IndicatorResultsCsv.ToBytes),
        ["xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", IndicatorResultsXlsx.ToBytes),
        ["json"] = ("application/json; charset=utf-8", IndicatorResultsJson.ToBytes),
    };

    public static WebApplication MapResultsDownloadEndpoints(this WebApplication app)
    {
        app.MapGet("/rounds/{round}/results.{format}", DownloadAsync).RequireAuthorization(AccessPolicies.ReadAggregates).ExcludeFromDescription();
        return app;
    }

    /// <summary>The address of <paramref name="roundCode"/>'s results in <paramref name="format"/> (csv, xlsx, json), relative to the base.</summary>
    public static string Address(string roundCode, string format) => $"rounds/{Uri.EscapeDataString(roundCode)}/results.{format}";

    private static async Task<IResult> DownloadAsync(ViewerResults results, FrameworkCatalog catalog, string round, string format, CancellationToken cancellationToken)
    {
        if (!Formats.TryGetValue(format, out var writer))
        {
            return Results.BadRequest($"'{format}' is not a download format; use one of {string.Join(", ", Formats.Keys)}.");
        }

        if (await results.RoundAsync(round, cancellationToken) is not { } summary)
        {
            return Results.NotFound();
        }

        var rule = results.Rule;
        var shown = await results.GetAsync(round, indicators: null, IndicatorEngine.RoundBreakdowns, cancellationToken);
        var export = IndicatorResultsExport.From(summary, rule.Suppresses ? rule.MinimumCellSize : null, shown, catalog);
        return Results.File(writer.Write(export), writer.ContentType, $"results-{ChartEndpoints.FileName(summary.Code)}.{format.ToLowerInvariant()}");
    }
}
