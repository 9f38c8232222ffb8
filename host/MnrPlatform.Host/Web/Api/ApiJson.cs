using System.Text.Json;

namespace MnrPlatform.Host.Web.Api;

/// <summary>
/// Reads a JSON request body itself, so that a malformed or missing body is a 400 problem naming
/// where it broke rather than the framework's bare 400 (which the status-code pages would turn
/// into the HTML not-found page).
/// </summary>
internal static class ApiJson
{
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, bool optional = false)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength == 0 || (request.ContentLength is null && request.Headers.ContentType.Count == 0))
        {
            return optional ? (null, null) : (null, ApiProblems.BadRequest($"Send a JSON body ({typeof(T).Name.Replace("Request", "", StringComparison.Ordinal)})."));
        }

        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem("Send the body as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }

        try
        {
            var body = await request.ReadFromJsonAsync<T>(request.HttpContext.RequestAborted);
            return body is null && !optional ? (null, ApiProblems.BadRequest("The JSON body is null.")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.BadRequest($"The JSON body is not readable at {e.Path ?? "$"} (line {e.LineNumber + 1}): {FirstSentence(e.Message)}"));
        }
    }

    /// <summary>A required text field: null when present, else a 422 naming it.</summary>
    public static IResult? Require(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? ApiProblems.Invalid($"Give {field}.", field) : null;

    private static string FirstSentence(string message) => message.Split(". Path:", 2)[0];
}
