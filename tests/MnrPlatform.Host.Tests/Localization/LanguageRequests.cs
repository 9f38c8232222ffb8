using System.Net;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>Opening a page as a browser that asks for a language (Accept-Language).</summary>
internal static class LanguageRequests
{
    /// <summary>The page at <paramref name="path"/> asked for in <paramref name="language"/>; it must answer 200.</summary>
    public static async Task<string> GetInAsync(this HttpClient client, string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.RelativeOrAbsolute));
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
