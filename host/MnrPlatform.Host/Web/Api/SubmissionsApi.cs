using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Surveys.Transfer;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Web.Api;

/// <summary>
/// One country's submission to one instrument of a round: read it, save answers (a file in any
/// import format, or JSON by question), submit, and the secretariat's query and validation. The
/// same services as the questionnaire page decide who may do what, and audit alike.
/// </summary>
internal static class SubmissionsApi
{
    private const string SubmissionPath = "/rounds/{round}/submissions/{country}/{instrument}";

    private static readonly string[] FileTypes = ["text/csv", "application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"];

    public static RouteGroupBuilder MapSubmissionsApi(this RouteGroupBuilder api)
    {
        var submission = api.MapGroup(SubmissionPath).RequireAuthorization(AccessPolicies.ReadCountryData).AddEndpointFilter<ApiErrors>();
        api.MapGet(SubmissionPath, ReadAsync).RequireAuthorization(AccessPolicies.ReadCountryData).AddEndpointFilter<ApiErrors>()
            .WithSummary("A submission with its answers and review history (its country's focal points and the secretariat)")
            .Produces<SubmissionDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        submission.MapPost("/answers", SaveFileAsync)
            .WithSummary("Save a file of answers (CSV, XLSX or JSON as `mnr import` reads them) into this submission; all or nothing")
            .WithDescription("The format is told from the bytes. Every row must be this submission's country and instrument. A file with any problem saves nothing and answers 422 listing each problem with its file, sheet, row and column.")
            .DescribesBody<Stream>(FileTypes[0], FileTypes[1..])
            .Produces<SubmissionStatusDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        submission.MapPatch("/answers", SaveJsonAsync)
            .WithSummary("Save answers by question id (a blank value clears one); all or nothing")
            .DescribesBody<SaveAnswersRequest>("application/json")
            .Produces<SubmissionStatusDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        submission.MapPost("/submit", SubmitAsync)
            .WithSummary("Send the answers to the secretariat (the country); after a query, with a reply")
            .DescribesBody<SubmitRequest>("application/json")
            .Produces<SubmissionStatusDto>().ProducesProblem(StatusCodes.Status409Conflict);
        submission.MapPost("/query", QueryAsync).RequireAuthorization(AccessPolicies.WriteAllCountries)
            .WithSummary("Ask the country a question about its submitted answers (secretariat)")
            .DescribesBody<QueryRequest>("application/json")
            .Produces<SubmissionStatusDto>().ProducesProblem(StatusCodes.Status409Conflict);
        submission.MapPost("/validate", ValidateAsync).RequireAuthorization(AccessPolicies.WriteAllCountries)
            .WithSummary("Accept the submitted answers (secretariat)")
            .Produces<SubmissionStatusDto>().ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<SubmissionDto> ReadAsync(SubmissionReader reader, AccessScope scope, string round, string country, string instrument, CancellationToken cancellationToken)
    {
        var view = await reader.OpenAsync(scope, Key(round, country, instrument), cancellationToken);
        return new SubmissionDto(
            round,
            view.Key.CountryIso3,
            instrument,
            Name(view.Status),
            RoundsApi.Name(view.RoundStatus),
            view.SyntheticDataLabel,
            [.. view.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new SubmissionAnswerDto(a.Key, a.Value.Value, a.Value.Comment, a.Value.EvidenceUrl, a.Value.SetBy, a.Value.SetAt))],
            [.. view.Events.Select(e => new SubmissionEventDto(e.At, e.Actor, e.Action, Name(e.ToStatus), e.Comment, e.QuestionId))],
            view.CanEdit,
            view.CanSubmit,
            view.CanReview);
    }

    private static async Task<IResult> SaveFileAsync(
        HttpRequest request,
        SubmissionFileAnswers files,
        MnrDbContext db,
        IOptions<ImportReadOptions> limits,
        AccessScope scope,
        string round,
        string country,
        string instrument,
        CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            return Results.Problem("Send the file itself as the body (Content-Type text/csv, application/json or the XLSX type), not a form.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        var key = Key(round, country, instrument);
        var result = await files.SaveAsync(scope, key, request.Body, FileName(request), limits.Value, cancellationToken);
        return result.Saved
            ? Results.Ok(await StatusAsync(db, key, result.Answers, cancellationToken))
            : ApiProblems.FileRefused(result.Problems, result.ProblemCount);
    }

    private static async Task<IResult> SaveJsonAsync(HttpRequest request, SubmissionService submissions, MnrDbContext db, AccessScope scope, string round, string country, string instrument, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJson.ReadAsync<SaveAnswersRequest>(request);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Answers is not { Count: > 0 } answers)
        {
            return ApiProblems.Invalid("Give the answers by question id: {\"answers\": {\"question.id\": {\"value\": \"yes\"}}}.", "answers");
        }

        var key = Key(round, country, instrument);
        var inputs = answers.ToDictionary(a => a.Key, a => new AnswerInput(a.Value?.Value, a.Value?.Comment, a.Value?.EvidenceUrl), StringComparer.Ordinal);
        var errors = await submissions.SaveAsync(scope, key, inputs, cancellationToken);
        return errors.Count > 0 ? ApiProblems.AnswersRefused(errors) : Results.Ok(await StatusAsync(db, key, inputs.Count, cancellationToken));
    }

    private static async Task<IResult> SubmitAsync(HttpRequest request, SubmissionService submissions, MnrDbContext db, AccessScope scope, string round, string country, string instrument, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJson.ReadAsync<SubmitRequest>(request, optional: true);
        if (problem is not null)
        {
            return problem;
        }

        var key = Key(round, country, instrument);
        await submissions.SubmitAsync(scope, key, body?.Reply, cancellationToken);
        return Results.Ok(await StatusAsync(db, key, null, cancellationToken));
    }

    private static async Task<IResult> QueryAsync(HttpRequest request, SubmissionService submissions, MnrDbContext db, AccessScope scope, string round, string country, string instrument, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJson.ReadAsync<QueryRequest>(request);
        if ((problem ?? ApiJson.Require(body!.Comment, "comment")) is { } refused)
        {
            return refused;
        }

        var key = Key(round, country, instrument);
        await submissions.QueryAsync(scope, key, body!.Comment!, body.QuestionId, cancellationToken);
        return Results.Ok(await StatusAsync(db, key, null, cancellationToken));
    }

    private static async Task<IResult> ValidateAsync(SubmissionService submissions, MnrDbContext db, AccessScope scope, string round, string country, string instrument, CancellationToken cancellationToken)
    {
        var key = Key(round, country, instrument);
        await submissions.ValidateAsync(scope, key, cancellationToken);
        return Results.Ok(await StatusAsync(db, key, null, cancellationToken));
    }

    private static SubmissionKey Key(string round, string country, string instrument) => new(round, country.Trim().ToUpperInvariant(), instrument);

    // Read after the service has allowed and made the change: the status it led to.
    private static async Task<SubmissionStatusDto> StatusAsync(MnrDbContext db, SubmissionKey key, int? saved, CancellationToken cancellationToken)
    {
        var status = await (from s in db.Submissions.AsNoTracking()
                            join r in db.SurveyRounds on s.RoundId equals r.Id
                            where r.Code == key.RoundCode && s.CountryIso3 == key.CountryIso3 && s.InstrumentCode == key.InstrumentCode
                            select (Data.Entities.SubmissionStatus?)s.Status).SingleOrDefaultAsync(cancellationToken);
        return new SubmissionStatusDto(key.RoundCode, key.CountryIso3, key.InstrumentCode, status is { } found ? Name(found) : "not started", saved);
    }

    private static string FileName(HttpRequest request)
    {
        if (request.Query["fileName"].ToString() is { Length: > 0 } named)
        {
            return Path.GetFileName(named);
        }

        var type = request.ContentType ?? "";
        return type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) ? "answers.csv"
            : type.Contains("json", StringComparison.OrdinalIgnoreCase) ? "answers.json"
            : type.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase) ? "answers.xlsx"
            : "answers";
    }

    private static string Name(Data.Entities.SubmissionStatus status) => status.ToString().ToLowerInvariant();
}
