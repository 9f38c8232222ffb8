using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Localization;
using MnrPlatform.Data.Reports;
using MnrPlatform.Data.Surveys;

namespace MnrPlatform.Host.Web;

/// <summary>
/// A round's review report for download, as <c>mnr report</c> writes it:
/// <c>/rounds/{round}/report.{html|pdf|md}?audience=public|secretariat</c> (public by default). A public
/// report (suppressed with the host's k) is of a published round and for anyone who may see that
/// round's results; a secretariat report (unsuppressed, of any round) for the secretariat only, and
/// never stored by the browser. Like the results downloads, a report is aggregates: not an audited read.
/// The secretariat may add examples of practice as boxes with <c>&amp;examples=12,15</c>: a public
/// report takes only examples consented to public display (<see cref="ReportExamples"/>).
/// The report is written in the request's language, or in the one <c>&amp;language=fr</c> names (en, fr, es, ar).
/// </summary>
internal static class ReportDownloadEndpoints
{
    public static WebApplication MapReportDownloadEndpoints(this WebApplication app)
    {
        foreach (var (name, format) in ReviewReportFile.Formats)
        {
            app.MapGet($"/rounds/{{round}}/report.{name}", ([AsParameters] ReportRequest request) => DownloadAsync(request, format))
                .RequireAuthorization(AccessPolicies.ReadAggregates).ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>
    /// The address of <paramref name="roundCode"/>'s report for <paramref name="audience"/> in <paramref name="format"/>, relative to
    /// the base; in <paramref name="language"/> (en, fr, es, ar) when given, else in the language of the request that downloads it.
    /// </summary>
    public static string Address(string roundCode, ReportFormat format, ReportAudience audience, string? language = null) =>
        $"rounds/{Uri.EscapeDataString(roundCode)}/report.{ReviewReportFile.Name(format)}?audience={ReviewReportFile.Name(audience)}"
        + (language is null ? "" : $"&language={Uri.EscapeDataString(language)}");

    /// <summary>What a report download is given: the request's services and values.</summary>
    internal sealed record ReportRequest(
        HttpContext Http,
        AccessScope Scope,
        ViewerResults Results,
        ReviewReportBuilder Builder,
        PdfPrinter Printer,
        IOptions<DisclosureOptions> Disclosure,
        ReportExamples Chosen,
        string Round,
        string? Audience,
        string? Examples,
        string? Language,
        CancellationToken CancellationToken);

    private static async Task<IResult> DownloadAsync(ReportRequest request, ReportFormat format)
    {
        var audienceName = string.IsNullOrEmpty(request.Audience) ? ReviewReportFile.Name(ReportAudience.Public) : request.Audience;
        if (!ReviewReportFile.Audiences.TryGetValue(audienceName, out var audience))
        {
            return Text(StatusCodes.Status400BadRequest, $"'{audienceName}' is not a report audience; use {string.Join(" or ", ReviewReportFile.Audiences.Keys)}.");
        }

        var culture = string.IsNullOrEmpty(request.Language) ? PlatformLanguages.Nearest(CultureInfo.CurrentUICulture.Name) : PlatformLanguages.Find(request.Language);
        if (culture is null)
        {
            return Text(StatusCodes.Status400BadRequest, $"'{request.Language}' is not a report language; use {string.Join(", ", PlatformLanguages.Names)}.");
        }

        if (audience == ReportAudience.Secretariat && !request.Scope.IsSecretariat)
        {
            return Results.Forbid();
        }

        // A round the viewer may not see results of (an unpublished one beyond the secretariat) is not found, as for the results downloads.
        if (await request.Results.RoundAsync(request.Round, request.CancellationToken) is null)
        {
            return Results.NotFound();
        }

        if (format == ReportFormat.Pdf && !request.Printer.IsAvailable)
        {
            return PdfPrinter.Missing();
        }

        ReviewReport report;
        try
        {
            report = await request.Builder.BuildAsync(request.Round, audience, request.Disclosure.Value.MinimumCellSize, culture, request.CancellationToken);
        }
        catch (InvalidOperationException e)
        {
            // The secretariat asked for the public report of a round that is not published.
            return Text(StatusCodes.Status409Conflict, e.Message);
        }

        var chosen = await ExamplesAsync(request, audience);
        if (chosen.Refused is { } refused)
        {
            return refused;
        }

        report = report with { Examples = chosen.Boxes };
        var bytes = format == ReportFormat.Pdf
            ? await request.Printer.PrintAsync(chromium => ReviewReportFile.RenderAsync(report, format, request.CancellationToken, chromium), request.CancellationToken)
            : await ReviewReportFile.RenderAsync(report, format, request.CancellationToken);
        if (bytes is null)
        {
            return PdfPrinter.Missing();
        }

        if (audience == ReportAudience.Secretariat)
        {
            request.Http.Response.Headers.CacheControl = "no-store";
        }

        var suffix = culture.TwoLetterISOLanguageName == PlatformLanguages.Default ? "" : "-" + culture.TwoLetterISOLanguageName;
        return Results.File(bytes, ReviewReportFile.ContentType(format), $"{ChartEndpoints.FileName(report.Round.Code)}-{ReviewReportFile.Name(audience)}-report{suffix}.{ReviewReportFile.Name(format)}");
    }

    // The examples chosen with ?examples=12,15 (the secretariat only), as the audience may see them.
    private static async Task<(IReadOnlyList<ReportExampleBox> Boxes, IResult? Refused)> ExamplesAsync(ReportRequest request, ReportAudience audience)
    {
        if (ReportExamples.ParseIds(request.Examples, out var error) is not { } ids)
        {
            return ([], Text(StatusCodes.Status400BadRequest, error!));
        }

        if (ids.Count > 0 && !request.Scope.IsSecretariat)
        {
            return ([], Results.Forbid());
        }

        try
        {
            return (await request.Chosen.ChooseAsync(request.Scope, audience, ids, request.CancellationToken), null);
        }
        catch (ReportExampleException e)
        {
            return ([], Text(StatusCodes.Status409Conflict, e.Message));
        }
    }

    private static ContentHttpResult Text(int status, string message) => TypedResults.Text(message, "text/plain; charset=utf-8", statusCode: status);
}
