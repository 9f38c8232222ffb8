using Microsoft.Extensions.Localization;
using MnrPlatform.Data.Exports;
using MnrPlatform.Host.Components.Map;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The world map's table as CSV: <c>/map/table.csv?round=…&amp;indicator=…</c> (or <c>&amp;capability=…</c>)
/// holds exactly the table beside the map, built by <see cref="WorldMapBuilder"/> (secretariat only,
/// audited like the page). The title, the synthetic-data label and the secretariat-only warning come first; in English
/// whatever the page's language.
/// </summary>
internal static class MapEndpoints
{
    public static WebApplication MapMapEndpoints(this WebApplication app)
    {
        app.MapGet("/map/table.csv", TableCsvAsync).RequireAuthorization(AccessPolicies.ReadAllCountries).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> TableCsvAsync(WorldMapBuilder builder, IStringLocalizer<DomainText> words, string? round, string? indicator, string? capability, string? by, CancellationToken cancellationToken)
    {
        ChartEndpoints.InEnglish();
        var map = await builder.BuildAsync(WorldMapRequest.From(round, indicator, capability, by), cancellationToken);
        if (map.NotFound is { } missing)
        {
            return NotFound(missing);
        }

        if (map is not { Round: { } shown, Subject: { } subject, Chart: { HasData: true } chart })
        {
            return NotFound(map.Chart?.EmptyMessage ?? words["Map.NothingToMap"]);
        }

        string[] notes = [chart.Title, .. shown.SyntheticDataLabel is { } label ? [label] : Array.Empty<string>(), WorldMapBuilder.Warning(words), .. chart.Notes];
        return Results.File(ChartTableCsv.ToBytes(chart.Table, notes), "text/csv; charset=utf-8", $"world-map-{shown.Code}-{subject.Code}.csv");
    }

    private static IResult NotFound(string message) => Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
