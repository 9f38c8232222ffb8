using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>The overview for a viewer outside the secretariat: published rounds only, switched in place with htmx.</summary>
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_viewer_switches_the_overview_round_in_place_and_reads_the_domain_headlines(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Viewer);
        await page.WaitForSelectorAsync("[data-testid=capability-snapshot] [data-plotly-drawn] .main-svg", new PageWaitForSelectorOptions { Timeout = 10_000 });
        await ScreenshotAsync(page, $"overview-viewer-{width}");

        // A viewer may pick the published rounds only.
        Assert.Equal(["2023-self-assessment", "2021-review"], await page.Locator("#round option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        Assert.Equal(6, await page.Locator("[data-testid=domain-headline]").CountAsync());
        var marker = await page.EvaluateAsync<double>("() => window.__overviewMarker = Math.random()");

        // Choosing a round swaps the results in place (no page load: the marker survives) and records the round in the URL.
        await page.SelectOptionAsync("#round", "2023-self-assessment");
        await page.WaitForURLAsync(url => url.Contains("round=2023-self-assessment", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=capability-snapshot] [data-testid=chart-empty]");
        await ScreenshotAsync(page, $"overview-viewer-2023-{width}");

        Assert.Equal(marker, await page.EvaluateAsync<double>("() => window.__overviewMarker"));
        Assert.Contains("at phase 3 or above", await page.Locator("[data-testid=domain-headline]").First.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Assert.Empty(Seen(problems));
    }
}
