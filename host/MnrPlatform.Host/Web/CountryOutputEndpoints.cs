using Microsoft.AspNetCore.Http.HttpResults;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Data.Exports;
using MnrPlatform.Data.Surveys.Profiles;
using MnrPlatform.Host.Components.Countries;

namespace MnrPlatform.Host.Web;

/// <summary>
/// A country's outputs: its self-assessment summary and action plan in a round as a print-ready page
/// (<c>/countries/{country}/self-assessment.html?round=…</c>), that page printed (<c>.pdf</c>, 503 when the
/// server has no Chromium) and as a workbook (<c>.xlsx</c>). Read
/// as the profile is (<see cref="CountryProfilePageReader"/>): the country's focal points and the
/// secretariat, whose read is audited; without a round, the newest it has validated answers in.
/// </summary>
internal static class CountryOutputEndpoints
{
    public static WebApplication MapCountryOutputEndpoints(this WebApplication app)
    {
        // A country's own answers: never kept by the browser or a shared cache.
        var outputs = app.MapGroup("/countries/{country}").RequireAuthorization(AccessPolicies.ReadCountryData).ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });
        outputs.MapGet("/self-assessment.html", HtmlAsync);
        outputs.MapGet("/self-assessment.pdf", PdfAsync);
        outputs.MapGet("/self-assessment.xlsx", XlsxAsync);
        return app;
    }

    /// <summary>
    /// The address of <paramref name="countryIso3"/>'s self-assessment in <paramref name="roundCode"/> (null: the newest
    /// round it has validated answers in) as <paramref name="format"/> (html, pdf, xlsx), relative to the base.
    /// </summary>
    public static string Address(string countryIso3, string? roundCode, string format) =>
        roundCode is null
            ? $"countries/{countryIso3}/self-assessment.{format}"
            : $"countries/{countryIso3}/self-assessment.{format}?round={Uri.EscapeDataString(roundCode)}";

    private static async Task<IResult> HtmlAsync(CountryProfilePageReader pages, FrameworkCatalog catalog, AccessScope scope, string country, string? round, CancellationToken cancellationToken)
    {
        var (output, refusal) = await ReadAsync(pages, catalog, scope, country, round, cancellationToken);
        return output is null ? refusal! : new RazorComponentResult<SelfAssessmentDocument>(new { Output = output });
    }

    private static async Task<IResult> PdfAsync(
        CountryProfilePageReader pages, FrameworkCatalog catalog, AccessScope scope, SelfAssessmentPdf pdf, string country, string? round, CancellationToken cancellationToken)
    {
        var (output, refusal) = await ReadAsync(pages, catalog, scope, country, round, cancellationToken);
        if (output is null)
        {
            return refusal!;
        }

        return await pdf.PrintAsync(output, cancellationToken) is { } bytes
            ? Results.File(bytes, "application/pdf", FileName(output, "pdf"))
            : PdfPrinter.Missing();
    }

    private static async Task<IResult> XlsxAsync(CountryProfilePageReader pages, FrameworkCatalog catalog, AccessScope scope, string country, string? round, CancellationToken cancellationToken)
    {
        var (output, refusal) = await ReadAsync(pages, catalog, scope, country, round, cancellationToken);
        return output is null
            ? refusal!
            : Results.File(SelfAssessmentXlsx.ToBytes(output), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(output, "xlsx"));
    }

    private static string FileName(SelfAssessmentOutput output, string extension) =>
        $"{output.Country.Iso3}-self-assessment-{ChartEndpoints.FileName(output.Round.Code)}.{extension}";

    // The output, or why there is none: 403 for a country the viewer may not read, 404 for an unknown
    // country, a round it has no validated answers in, or no validated answers at all.
    private static async Task<(SelfAssessmentOutput? Output, IResult? Refusal)> ReadAsync(
        CountryProfilePageReader pages, FrameworkCatalog catalog, AccessScope scope, string country, string? round, CancellationToken cancellationToken)
    {
        CountryProfilePage page;
        try
        {
            page = await pages.ReadAsync(scope, country.ToUpperInvariant(), string.IsNullOrWhiteSpace(round) ? null : round, cancellationToken);
        }
        catch (AccessDeniedException)
        {
            return (null, Results.Forbid());
        }
        catch (KeyNotFoundException)
        {
            return (null, Results.NotFound());
        }

        return page.UnknownRound || SelfAssessmentOutput.From(page, catalog, ProfileText.InPlace) is not { } output
            ? (null, Results.NotFound())
            : (output, null);
    }
}
