using System.Globalization;
using System.Net;
using System.Text.Json;
using MnrPlatform.Core.Localization;
using MnrPlatform.Data.Resources;
using System.Text.RegularExpressions;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>
/// Files and the API are the same whatever the language of the pages: a user who chose French gets
/// the CSV, JSON download and API answer byte for byte as in English (decimal points, invariant codes).
/// </summary>
public sealed partial class InvariantDownloadsTests(InvariantDownloadsTests.Platform platform) : IClassFixture<InvariantDownloadsTests.Platform>
{
    /// <summary>The demo platform, shared by this class's tests.</summary>
    public sealed class Platform : DemoPlatformFactory;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/rounds/2021-review/results.csv")]
    [InlineData("/rounds/2021-review/results.json")]
    [InlineData("/api/v1/rounds/2021-review/results?breakdown=income-group")]
    public async Task A_download_under_french_equals_the_english_one(string path)
    {
        var english = await platform.SignInAsAsync(Roles.Analyst);
        var french = await platform.SignInAsAsync(Roles.Analyst);
        using (var chosen = await ChooseFrenchAsync(french))
        {
            Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        }

        Assert.Contains("lang=\"fr\"", await GetAsync(french, "/", "fr-FR"), StringComparison.Ordinal);

        var inEnglish = await GetAsync(english, path, "en");
        var inFrench = await GetAsync(french, path, "fr-FR");

        Assert.Matches(DecimalWithPoint(), inEnglish);
        Assert.Equal(inEnglish, inFrench);
        // The analyst's account chose French for the other tests' sake too: back to English.
        using (await ChooseAsync(french, "en"))
        {
        }
    }

    [Fact]
    public async Task An_api_refusal_is_in_english_whatever_the_callers_language()
    {
        var client = platform.CreateHttpsClient();
        var page = await GetAsync(client, "/practice?income=XX", "fr");

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/examples?incomeGroup=XX", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Language", "fr");
        using var response = await client.SendAsync(request, Cancellation);
        var problem = await response.Content.ReadAsStringAsync(Cancellation);

        var english = new ResourceText(typeof(PracticeMessages)).Format("Refusal.IncomeGroup", CultureInfo.InvariantCulture, "XX");
        var french = new ResourceText(typeof(PracticeMessages)).Format("Refusal.IncomeGroup", CultureInfo.GetCultureInfo("fr"), "XX");
        Assert.NotEqual(english, french);
        Assert.Contains(french, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = JsonDocument.Parse(problem);
        Assert.Contains(english, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> ChooseFrenchAsync(HttpClient client) => ChooseAsync(client, "fr");

    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient client, string culture)
    {
        var token = await PlatformFactory.TokenAsync(client, "/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["culture"] = culture,
            ["returnUrl"] = "/",
        });
        return await client.PostAsync(new Uri("/account/language", UriKind.Relative), form, Cancellation);
    }

    private static Task<string> GetAsync(HttpClient client, string path, string acceptLanguage) => client.GetInAsync(path, acceptLanguage);

    // A number with a fractional part written with a point, e.g. 76.19.
    [GeneratedRegex(@"\d\.\d")]
    private static partial Regex DecimalWithPoint();
}
