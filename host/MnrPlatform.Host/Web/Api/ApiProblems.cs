using MnrPlatform.Data.Surveys.Transfer;

namespace MnrPlatform.Host.Web.Api;

/// <summary>Problem-details answers (RFC 9457) for the API's errors.</summary>
internal static class ApiProblems
{
    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Forbidden(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    /// <summary>The request is not allowed in the thing's present state (e.g. a submitted submission edited).</summary>
    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    /// <summary>A field of the request is wrong; <c>field</c> names it.</summary>
    public static IResult Invalid(string detail, string? field) => Results.Problem(
        detail,
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "Unprocessable request",
        extensions: field is null ? null : new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = field });

    /// <summary>A file of answers was refused as a whole: every listed problem with its place, and how many there are.</summary>
    public static IResult FileRefused(IReadOnlyList<TransferProblem> problems, int count) => Results.Problem(
        $"Nothing was saved: the file has {count} problem{(count == 1 ? "" : "s")}. {(problems.Count > 0 ? problems[0] : null)}",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The file was refused",
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["problemCount"] = count,
            ["problems"] = problems.Select(p => new FileProblemDto(p.Location.File, p.Location.Sheet, p.Location.Row, p.Location.Column, p.Reason, p.ToString())).ToList(),
        });

    /// <summary>Answers by question id were refused; nothing was saved.</summary>
    public static IResult AnswersRefused(IReadOnlyDictionary<string, string> errors) => Results.Problem(
        $"Nothing was saved: {errors.Count} answer{(errors.Count == 1 ? " was" : "s were")} refused. {errors.First().Key}: {errors.First().Value}",
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The answers were refused",
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = errors });
}
