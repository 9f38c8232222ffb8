using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Practice;

namespace MnrPlatform.Host.Web.Api;

/// <summary>
/// The good-practice library: the published examples the caller may see (anyone: public ones;
/// signed in: members' ones too), each named only with its country's consent, otherwise under its
/// anonymised label; and their files, served only to those who see the example named. Every read
/// goes through <see cref="PracticeLibrary"/> and <see cref="ExampleAttachments"/>, which decide.
/// </summary>
internal static class ExamplesApi
{
    public static RouteGroupBuilder MapExamplesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/examples", ListAsync).AllowAnonymous()
            .WithSummary("The published examples of practice the caller may see; filters: text (full text: all words, a prefix on the last), capability, domain, phase, region, incomeGroup, theme, language, country")
            .Produces<List<ExampleDto>>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/examples/attachments/{id:int}", DownloadAsync).AllowAnonymous()
            .WithSummary("A file of an example, for those who see the example named (always as a download)")
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The page of an example (PAGES' route).</summary>
    public static string PagePath(int id) => $"/practice/{id}";

    /// <summary>Where an attached file is downloaded.</summary>
    public static string DownloadPath(int attachmentId) => $"{ApiExtensions.Prefix}/examples/attachments/{attachmentId}";

    private static async Task<IResult> ListAsync(
        [FromServices] PracticeLibrary library,
        [FromServices] AccessScope scope,
        string? text,
        string? capability,
        string? domain,
        string? phase,
        string? region,
        string? incomeGroup,
        string? theme,
        string? language,
        string? country,
        CancellationToken cancellationToken)
    {
        int? phaseReached = null;
        if (!string.IsNullOrWhiteSpace(phase))
        {
            if (!int.TryParse(phase, System.Globalization.CultureInfo.InvariantCulture, out var p) || p is < 1 or > 4)
            {
                return ApiProblems.BadRequest($"phase must be 1, 2, 3 or 4, not '{phase}'.");
            }

            phaseReached = p;
        }

        var query = new ExampleQuery(
            Blank(text), Blank(capability), Blank(domain), phaseReached, Blank(region), Blank(incomeGroup)?.ToUpperInvariant(),
            Blank(theme), Blank(language), Blank(country)?.ToUpperInvariant());
        try
        {
            var found = await library.SearchAsync(scope, query, cancellationToken);
            return Results.Ok(found.Select(Example).ToList());
        }
        catch (PracticeException e)
        {
            return ApiProblems.Invalid(e.Message, e.Field is null ? null : char.ToLowerInvariant(e.Field[0]) + e.Field[1..]);
        }
    }

    private static async Task<IResult> DownloadAsync([FromServices] ExampleAttachments attachments, [FromServices] AccessScope scope, HttpResponse response, int id, CancellationToken cancellationToken)
    {
        if (await attachments.OpenAsync(scope, id, cancellationToken) is not { } file)
        {
            return ApiProblems.NotFound($"There is no file {id} that you may see.");
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(file.Content, file.ContentType);
    }

    private static ExampleDto Example(ExampleSummary s) => new(
        s.Id,
        s.Title,
        s.CapabilityCode,
        s.DomainCode,
        s.Source,
        s.Shown == ExampleShown.Named ? s.CountryIso3 : null,
        s.Shown == ExampleShown.Named ? "named" : "anonymised",
        s.PhaseReached,
        s.Language,
        PagePath(s.Id));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>An example of practice in the library, as the caller may see it.</summary>
/// <param name="Id">The example.</param>
/// <param name="Title">Its title.</param>
/// <param name="Capability">Its capability code.</param>
/// <param name="Domain">Its domain code.</param>
/// <param name="Source">The country's name when shown named, else the anonymised label ("A country in Eastern Europe").</param>
/// <param name="Country">The country's ISO code when shown named; null when anonymised.</param>
/// <param name="Shown">named or anonymised.</param>
/// <param name="Phase">The maturity phase (1..4) it helped reach, when said.</param>
/// <param name="Language">The language of its text.</param>
/// <param name="Page">The address of its page.</param>
internal sealed record ExampleDto(int Id, string Title, string Capability, string Domain, string Source, string? Country, string Shown, int? Phase, string Language, string Page);
