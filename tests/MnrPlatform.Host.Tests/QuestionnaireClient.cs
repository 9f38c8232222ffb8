using System.Net;
using System.Text.RegularExpressions;

namespace MnrPlatform.Host.Tests;

/// <summary>A signed-in user's client on one questionnaire page: reads it and posts its forms as a browser would.</summary>
internal sealed partial class QuestionnaireClient(HttpClient client, string round, string country = "KEN", string instrument = OpenRounds.Instrument)
{
    public string Path { get; } = $"/surveys/{round}/{country}/{instrument}";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public Task<string> PageAsync() => client.GetStringAsync(new Uri(Path, UriKind.Relative), Cancellation);

    public Task<HttpResponseMessage> GetAsync() => client.GetAsync(new Uri(Path, UriKind.Relative), Cancellation);

    /// <summary>Posts the page's answer form: question ids listed in <c>q</c>, answers as <c>a.{id}</c> and so on.</summary>
    public Task<HttpResponseMessage> PostAnswersAsync(IEnumerable<KeyValuePair<string, string>> fields, string action = "save") =>
        PostAsync(Path, [new("_handler", "answers"), new("action", action), .. fields]);

    /// <summary>Posts to an endpoint below the page (e.g. "query", "sections/policy").</summary>
    public Task<HttpResponseMessage> PostBelowAsync(string below, IEnumerable<KeyValuePair<string, string>> fields, bool htmx = false) =>
        PostAsync($"{Path}/{below}", fields, htmx);

    /// <summary>The fields that answer <paramref name="questionId"/> with <paramref name="value"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Answer(string questionId, string value, string? comment = null, string? evidence = null)
    {
        yield return new("q", questionId);
        yield return new("a." + questionId, value);
        if (comment is not null)
        {
            yield return new("c." + questionId, comment);
        }

        if (evidence is not null)
        {
            yield return new("e." + questionId, evidence);
        }
    }

    public static string StatusIn(string html) => StatusPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : "(none)";

    private async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool htmx = false)
    {
        var token = PlatformFactory.AntiforgeryToken(await PageAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]),
        };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        var response = await client.SendAsync(request, Cancellation);
        Assert.NotEqual(HttpStatusCode.BadRequest, response.StatusCode);
        return response;
    }

    // The status chip's text, inside MudBlazor's wrapper elements.
    [GeneratedRegex("data-testid=\"submission-status\"[^>]*>(?:\\s*<[^>]+>)*\\s*([^<]+?)\\s*<")]
    private static partial Regex StatusPattern();
}
