using MnrPlatform.Core.Access;
using MnrPlatform.Data.Exports;
using MnrPlatform.Data.Surveys.Profiles;
using MnrPlatform.Host.Components.Countries;

namespace MnrPlatform.Host.Web;

/// <summary>
/// A country profile's chart tables as CSV: <c>/countries/{country}/charts/{name}.csv?round=…</c>
/// (<c>radar</c>, <c>history</c>) holds exactly the table shown beside the chart on the profile,
/// read the same way (the country's focal points and the secretariat, whose read is audited). The
/// chart's title, the country, the round and, for synthetic data, its label come first. The file is in
/// English with invariant numbers whatever the page's language (<see cref="CountryWords.Invariant"/>).
/// </summary>
internal static class CountryProfileEndpoints
{
    public static WebApplication MapCountryProfileEndpoints(this WebApplication app)
    {
        app.MapGet("/countries/{country}/charts/{name}.csv", TableCsvAsync).RequireAuthorization(AccessPolicies.ReadCountryData).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> TableCsvAsync(CountryProfilePageReader pages, CountryProfileCharts charts, AccessScope scope, string country, string name, string? round, CancellationToken cancellationToken)
    {
        CountryProfilePage page;
        try
        {
            page = await pages.ReadAsync(scope, country.ToUpperInvariant(), round, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            return Results.Forbid();
        }
        catch (KeyNotFoundException)
        {
            return Results.NotFound();
        }

        if (page.UnknownRound || page.Round is not { } shown || charts.ByName(name, page, CountryWords.Invariant) is not { HasData: true } view)
        {
            return Results.NotFound();
        }

        string[] notes = [view.Title, $"{page.Country.Name} ({page.Country.Iso3}), {shown.Name}", .. shown.SyntheticDataLabel is { } label ? [label] : Array.Empty<string>(), .. view.Notes];
        return Results.File(ChartTableCsv.ToBytes(view.Table, notes), "text/csv; charset=utf-8", $"{page.Country.Iso3}-{name}-{shown.Code}.csv");
    }
}
