using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Transfer;
using MnrPlatform.Host.Components.Surveys;
using MnrPlatform.Host.Hosting.Localization;
using MnrPlatform.Host.Resources;

namespace MnrPlatform.Host.Web;

/// <summary>
/// The secretariat's file import and export of a round's answers. An upload is kept in the store
/// (<see cref="PendingImportStore"/>) and previewed; only the person's "apply" writes it, all or
/// nothing (<see cref="AnswerImporter"/>). Exports are files in every format the import reads.
/// </summary>
internal static class TransferEndpoints
{
    public static WebApplication MapTransferEndpoints(this WebApplication app)
    {
        var import = app.MapGroup("/surveys/{Round}/import").RequireAuthorization(AccessPolicies.WriteAllCountries)
            .RequireFormToken().ExcludeFromDescription();
        import.MapPost("", UploadAsync);
        import.MapPost("/{Upload:guid}/apply", ApplyAsync);
        import.MapPost("/{Upload:guid}/discard", DiscardAsync);
        app.MapGet("/surveys/{Round}/export", ExportAsync).RequireAuthorization(AccessPolicies.ReadAllCountries).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpContext http, PendingImportStore pending, IOptions<ImportReadOptions> limits, IStringLocalizer<SurveyText> l, AccessScope scope, string round)
    {
        var back = "/" + SurveyPaths.Transfer(round);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            OutcomeMessage.Set(http, l["Upload.NoFile"]);
            return Results.LocalRedirect($"{back}?error=upload");
        }

        if (file.Length > limits.Value.MaxFileBytes)
        {
            OutcomeMessage.Set(http, l["Upload.TooLarge", BidiText.Isolate(file.FileName), ShownFormat.Number((decimal)file.Length / (1024 * 1024), 1), ShownFormat.Number((decimal)limits.Value.MaxFileBytes / (1024 * 1024), 1)]);
            return Results.LocalRedirect($"{back}?error=upload");
        }

        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, http.RequestAborted);
        var id = await pending.SaveAsync(scope, round, file.FileName, content.ToArray(), http.RequestAborted);
        return Results.LocalRedirect("/" + SurveyPaths.ImportPreview(round, id));
    }

    private static async Task<IResult> ApplyAsync(
        HttpContext http,
        AccessScope scope,
        string round,
        Guid upload,
        [FromForm(Name = "status")] string? status)
    {
        var result = await PendingUploads.ApplyAsync(http.RequestServices, scope, round, upload, PendingUploads.NewSubmissionStatus(status), http.RequestAborted);
        switch (result.Outcome)
        {
            case ApplyOutcome.Refused:
                return Results.LocalRedirect("/" + SurveyPaths.ImportPreview(round, upload));
            case ApplyOutcome.Gone:
                OutcomeMessage.Set(http, result.Message);
                return Results.LocalRedirect($"/{SurveyPaths.Transfer(round)}?error=upload");
            default:
                OutcomeMessage.Set(http, result.Message);
                return Results.LocalRedirect($"/{SurveyPaths.Transfer(round)}?done=imported");
        }
    }

    private static async Task<IResult> DiscardAsync(HttpContext http, AccessScope scope, string round, Guid upload)
    {
        await PendingUploads.DiscardAsync(http.RequestServices, scope, upload, http.RequestAborted);
        return Results.LocalRedirect($"/{SurveyPaths.Transfer(round)}?done=discarded");
    }

    private static async Task<IResult> ExportAsync(
        HttpContext http,
        AnswerExporter exporter,
        AccessScope scope,
        string round,
        [FromQuery(Name = "format")] string? format,
        [FromQuery(Name = "country")] string? country,
        [FromQuery(Name = "instrument")] string? instrument)
    {
        if (TransferFormats.Parse(format) is not { } chosen)
        {
            return Results.BadRequest($"'{format}' is not an export format; use csv, xlsx, json or template.");
        }

        var iso3 = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        // A template is written in the request's language; the data formats are invariant.
        var request = new ExportRequest(round, chosen, iso3, string.IsNullOrWhiteSpace(instrument) ? null : instrument) { Language = CultureInfo.CurrentUICulture };
        var file = new MemoryStream();
        try
        {
            await exporter.ExportAsync(request, file, scope, progress: null, http.RequestAborted);
        }
        catch (KeyNotFoundException)
        {
            return Results.NotFound();
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(e.Message);
        }

        file.Position = 0;
        var name = string.Join('-', new[] { round, iso3, request.InstrumentCode, chosen == TransferFormat.Template ? "template" : "answers" }.OfType<string>());
        return Results.File(file, chosen.ContentType(), name + chosen.Extension());
    }
}
