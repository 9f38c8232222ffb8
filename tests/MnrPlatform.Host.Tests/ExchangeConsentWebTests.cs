using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// Peer-learning exchanges through the web layer, as the people involved use them: nothing of the
/// other country reaches a focal point before both countries consented, and the secretariat's
/// analytics never reach a country.
/// </summary>
public sealed class ExchangeConsentWebTests
{
    private const string GhanaFocalPoint = "focal.point.gha@example.org";
    private const string GhanaPassword = "ghana-focal-point-password";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_focal_point_sees_nothing_of_the_other_country_until_both_consented()
    {
        await using var platform = new DemoPlatformFactory();
        await AddGhanaFocalPointAsync(platform);
        var analyst = await SignInAsync(platform, Roles.Analyst);
        var kenya = await SignInAsync(platform, Roles.FocalPoint);
        var ghana = await platform.SignInAsync(GhanaFocalPoint, GhanaPassword);

        // The secretariat records a suggestion: Kenya learns from Ghana on the child helpline.
        await PostAsync(analyst, "/peer-learning", "/peer-learning/exchanges", new()
        {
            ["round"] = "2023-self-assessment", ["capability"] = "child-helpline", ["learner"] = "KEN", ["host"] = "GHA",
            ["explanation"] = "similar on 15 of 20 other capabilities",
        }, expectDone: "suggested");
        var id = ExchangeIdIn(await analyst.GetStringAsync(new Uri("/peer-learning", UriKind.Relative), Cancellation));

        // A suggestion is the secretariat's alone.
        Assert.Contains("data-testid=\"no-requests\"", await kenya.GetStringAsync(new Uri("/exchanges", UriKind.Relative), Cancellation), StringComparison.Ordinal);

        await PostAsync(analyst, "/peer-learning", $"/peer-learning/exchanges/{id}/request-consent", [], expectDone: "consent-requested");
        await PostAsync(kenya, "/exchanges", $"/exchanges/{id}/answer", new() { ["decision"] = "accept", ["sharedScope"] = "Our helpline standards draft" }, expectDone: "accepted");

        // Kenya agreed, Ghana has not: neither page names or describes the other country.
        var kenyaPage = await kenya.GetStringAsync(new Uri("/exchanges", UriKind.Relative), Cancellation);
        var ghanaPage = await ghana.GetStringAsync(new Uri("/exchanges", UriKind.Relative), Cancellation);
        AssertNothingOf("GHA", "Ghana", kenyaPage);
        AssertNothingOf("KEN", "Kenya", ghanaPage);
        Assert.DoesNotContain("Our helpline standards draft", ghanaPage, StringComparison.Ordinal);
        Assert.DoesNotContain("similar on 15 of 20", kenyaPage + ghanaPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"accept\"", ghanaPage, StringComparison.Ordinal);

        // The analytics stay with the secretariat.
        foreach (var client in new[] { kenya, ghana })
        {
            using var response = await client.GetAsync(new Uri("/peer-learning", UriKind.Relative), Cancellation);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        await PostAsync(ghana, "/exchanges", $"/exchanges/{id}/answer", new() { ["decision"] = "accept", ["sharedScope"] = "A study visit to our helpline" }, expectDone: "accepted");

        kenyaPage = await kenya.GetStringAsync(new Uri("/exchanges", UriKind.Relative), Cancellation);
        Assert.Contains("data-testid=\"other-country\">GHA<", kenyaPage, StringComparison.Ordinal);
        Assert.Contains("A study visit to our helpline", kenyaPage, StringComparison.Ordinal);
        var board = await analyst.GetStringAsync(new Uri("/peer-learning", UriKind.Relative), Cancellation);
        Assert.Contains("data-testid=\"step-arrange\"", board, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secretariat_cannot_answer_for_a_country_and_a_country_cannot_take_the_secretariats_steps()
    {
        await using var platform = new DemoPlatformFactory();
        var analyst = await SignInAsync(platform, Roles.Analyst);
        var kenya = await SignInAsync(platform, Roles.FocalPoint);
        await PostAsync(analyst, "/peer-learning", "/peer-learning/exchanges", new()
        {
            ["round"] = "2023-self-assessment", ["capability"] = "child-helpline", ["learner"] = "KEN", ["host"] = "GHA",
        }, expectDone: "suggested");
        var id = ExchangeIdIn(await analyst.GetStringAsync(new Uri("/peer-learning", UriKind.Relative), Cancellation));
        await PostAsync(analyst, "/peer-learning", $"/peer-learning/exchanges/{id}/request-consent", [], expectDone: "consent-requested");

        var answered = await PostRawAsync(analyst, "/peer-learning", $"/exchanges/{id}/answer", new() { ["decision"] = "accept", ["sharedScope"] = "x" });
        Assert.Contains("access-denied", answered.Headers.Location!.ToString(), StringComparison.Ordinal);

        var arranged = await PostRawAsync(kenya, "/exchanges", $"/peer-learning/exchanges/{id}/arrange", []);
        Assert.Contains("access-denied", arranged.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static void AssertNothingOf(string iso3, string name, string html)
    {
        Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        Assert.DoesNotContain($">{iso3}<", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"other-scope\"", html, StringComparison.Ordinal);
    }

    private static Task<HttpClient> SignInAsync(DemoPlatformFactory platform, string role) =>
        platform.SignInAsAsync(role);

    private static async Task AddGhanaFocalPointAsync(DemoPlatformFactory platform)
    {
        using var scope = platform.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var result = await accounts.CreateAsync(PlatformPrincipal.System("test"), new NewAccount(GhanaFocalPoint, Roles.FocalPoint, "GHA", GhanaPassword), Cancellation);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    private static int ExchangeIdIn(string boardHtml)
    {
        var match = System.Text.RegularExpressions.Regex.Match(boardHtml, "data-testid=\"exchange-row\" data-exchange=\"(\\d+)\"");
        Assert.True(match.Success, "no exchange on the board");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task PostAsync(HttpClient client, string page, string action, Dictionary<string, string> fields, string expectDone)
    {
        using var response = await PostRawAsync(client, page, action, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"done={expectDone}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await PlatformFactory.TokenAsync(client, page);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content, Cancellation);
    }
}
