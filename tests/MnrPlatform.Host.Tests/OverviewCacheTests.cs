using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The overview reads indicator results through the cache and is itself cached as rendered; a change
/// of validated answers moves the round's results version, so the page shows the new figures within
/// a second, without a restart.
/// </summary>
public sealed class OverviewCacheTests(OverviewCacheTests.Platform platform) : IClassFixture<OverviewCacheTests.Platform>
{
    [Fact]
    public async Task Reopening_a_validated_submission_leaves_the_snapshot_at_once()
    {
        var client = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Analyst).Email, DemoAccounts.Password);
        var before = await FirstRowCountAsync(client, null);
        var again = await FirstRowCountAsync(client, before.Indicator);
        Assert.Equal(before, again);
        Assert.True(before.Denominator > 1);
        Assert.True(platform.Services.GetRequiredService<IndicatorResultCache>().Count > 0, "the overview filled the cache");

        var secretariat = AccessScope.For(PlatformPrincipal.System("test"));
        using (var scope = platform.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<RoundAdministration>().SetStatusAsync(secretariat, "2021-review", RoundStatus.Closed, TestContext.Current.CancellationToken);
            var submission = new SubmissionKey("2021-review", "AUS", "government-survey");
            await scope.ServiceProvider.GetRequiredService<SubmissionService>().ReopenAsync(secretariat, submission, "checking a figure", TestContext.Current.CancellationToken);
        }

        // The rendered page is cached under the results stamp, which each host instance reads at most once a second.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        var after = await FirstRowCountAsync(client, before.Indicator);
        while (after.Denominator == before.Denominator && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            after = await FirstRowCountAsync(client, before.Indicator);
        }

        Assert.Equal(before.Denominator - 1, after.Denominator);
    }

    [Fact]
    public async Task A_page_load_and_an_enhanced_navigation_of_the_same_overview_are_cached_apart()
    {
        var client = await platform.SignInAsAsync(Roles.Viewer);

        // Each is stored on its first request and served from the cache (with an Age) on its second.
        using var enhanced = await OverviewAsync(client, enhanced: true);
        using var page = await OverviewAsync(client, enhanced: false);
        using var enhancedAgain = await OverviewAsync(client, enhanced: true);
        using var pageAgain = await OverviewAsync(client, enhanced: false);

        // Blazor frames its answer to an enhanced navigation (ssr-framing); a browser's page load gets a whole page.
        Assert.True(enhanced.Headers.Contains("ssr-framing"));
        Assert.False(page.Headers.Contains("ssr-framing"));
        Assert.True(enhancedAgain.Headers.Contains("ssr-framing"));
        Assert.False(pageAgain.Headers.Contains("ssr-framing"));
        Assert.NotNull(enhancedAgain.Headers.Age);
        Assert.NotNull(pageAgain.Headers.Age);
    }

    private static async Task<HttpResponseMessage> OverviewAsync(HttpClient client, bool enhanced)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/?round=2021-review", UriKind.Relative));
        if (enhanced)
        {
            request.Headers.TryAddWithoutValidation("Accept", "text/html; blazor-enhanced-nav=on");
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    // The n of N of the snapshot table's row for an indicator (the first row when none is named).
    private static async Task<(string Indicator, int Numerator, int Denominator)> FirstRowCountAsync(HttpClient client, string? indicator)
    {
        var html = await client.GetStringAsync(new Uri("/?round=2021-review", UriKind.Relative), TestContext.Current.CancellationToken);
        var id = indicator is null ? "[^\"]+" : Regex.Escape(indicator);
        var row = Regex.Match(html, $"data-indicator=\"({id})\".*?data-cell=\"count\"[^>]*>(\\d+) of (\\d+)<", RegexOptions.Singleline);
        Assert.True(row.Success, "the row is on the overview");
        return (row.Groups[1].Value, Number(row.Groups[2].Value), Number(row.Groups[3].Value));
    }

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Its own demo platform: the test changes the demo round.</summary>
    public sealed class Platform : DemoPlatformFactory;
}
