using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The overview for a viewer outside the secretariat: published rounds only, switched by a GET form that
/// Blazor's enhanced navigation patches in place (no page load: the address follows, the figure redraws).
/// </summary>
public sealed partial class BrowserTests
{
    private const string DrawnSnapshot = "[data-testid=capability-snapshot] [data-plotly-drawn] .main-svg";

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_viewer_switches_the_overview_round_in_place_and_reads_the_domain_headlines(int width)
    {
        var (page, problems, responses) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Viewer);
        await page.WaitForSelectorAsync(DrawnSnapshot, new PageWaitForSelectorOptions { Timeout = 10_000 });
        await ScreenshotAsync(page, $"overview-viewer-{width}");

        // A viewer may pick the published rounds only.
        Assert.Equal(["2023-self-assessment", "2021-review"], await page.Locator("#round option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        Assert.Equal(6, await page.Locator("[data-testid=domain-headline]").CountAsync());
        var marker = await page.EvaluateAsync<double>("() => window.__overviewMarker = Math.random()");

        // Choosing a round patches the results in (no page load: the marker survives) and records the round in the address.
        await SwitchRoundAsync(page, "2023-self-assessment");
        await page.WaitForSelectorAsync("[data-testid=capability-snapshot] [data-testid=chart-empty]");
        await ScreenshotAsync(page, $"overview-viewer-2023-{width}");
        Assert.Equal(marker, await page.EvaluateAsync<double>("() => window.__overviewMarker"));
        Assert.Equal("2023-self-assessment", await page.Locator("#round").InputValueAsync());
        Assert.Contains("at phase 3 or above", await page.Locator("[data-testid=domain-headline]").First.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=capability-snapshot] mnr-plot").CountAsync());

        // Back to the review: the figure is drawn again in the same document, with its table.
        await SwitchRoundAsync(page, "2021-review");
        await page.WaitForSelectorAsync(DrawnSnapshot, new PageWaitForSelectorOptions { Timeout = 10_000 });
        Assert.Equal(marker, await page.EvaluateAsync<double>("() => window.__overviewMarker"));
        Assert.Equal(18, await page.Locator("[data-testid=capability-snapshot] [data-testid=chart-table] tbody tr").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        // No address with a round was loaded as a document: each switch was fetched and patched in.
        Assert.DoesNotContain(Seen(responses), r => r.Request.ResourceType == "document" && r.Url.Contains("round=", StringComparison.Ordinal));
        Assert.Empty(Seen(problems));
    }

    /// <summary>Picks <paramref name="round"/> in the overview's round switch and submits it, then waits for the page to be patched in.</summary>
    private static async Task SwitchRoundAsync(IPage page, string round)
    {
        await SelectAndLoadAsync(page, "#round", round, url => url.Query.Contains($"round={round}", StringComparison.Ordinal));
    }
}
