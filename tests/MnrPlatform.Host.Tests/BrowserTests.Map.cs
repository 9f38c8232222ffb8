using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>The secretariat's world map in a real browser: drawn offline from the host's own topology, switched in place in its circuit, its read audited once.</summary>
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_secretariat_sees_the_world_map_drawn_from_local_files_and_switches_to_a_phase(int width)
    {
        var (page, problems, responses) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Analyst);

        var reads = await AuditedReadsAsync("KEN");
        await page.GotoAsync(new Uri(baseAddress, "map?round=2021-review&indicator=policy.leadership.in-place").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var map = page.Locator("[data-testid=world-map-card] [data-plotly-drawn]");
        await WaitForCountriesAsync(map);
        await ScreenshotAsync(page, $"world-map-indicator-{width}");
        await map.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, $"world-map-indicator-{width}-view", fullPage: false);
        Assert.Equal(42, await page.Locator("[data-testid=world-map-card] [data-testid=chart-table] tbody tr").CountAsync());
        Assert.Contains("Never publish or use to rank countries", await page.Locator("[data-testid=map-secretariat-note]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");

        // Prerendered, then run in a circuit: the map is built, and audited, once.
        await WaitForInteractiveAsync(page, "[data-testid=world-map]");
        Assert.Equal(reads + 1, await AuditedReadsAsync("KEN"));

        // Switching to a phase map redraws the form and the map in place, and the address follows.
        await ChooseAsync(page, "[data-testid=map-round]", "2023 self-assessment");
        await page.WaitForURLAsync(url => url.Contains("round=2023-self-assessment", StringComparison.Ordinal));
        await page.Locator("[data-testid=map-by-phase]").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=map-capability]", new PageWaitForSelectorOptions { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.closest('[data-testid=map-mode]') !== null"), "the focus left the map switch");
        await WaitForCountriesAsync(page.Locator("[data-testid=world-map-card] [data-plotly-drawn]"));
        // Nobody answered the leadership indicator in 2023, so that map read no answers; the phase map did.
        Assert.Equal(reads + 2, await AuditedReadsAsync("KEN"));
        Assert.Contains("Maturity phase of", await page.Locator("[data-testid=world-map-card]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("Phase 1 · Building", await page.Locator("[data-testid=world-map-card] .legend").TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.WaitForURLAsync(url => url.Contains("by=phase", StringComparison.Ordinal));
        await ScreenshotAsync(page, $"world-map-phase-{width}");
        await page.Locator("[data-testid=world-map-card] [data-plotly-drawn]").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, $"world-map-phase-{width}-view", fullPage: false);

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Assert.Contains(Seen(responses), r => new Uri(r.Url).AbsolutePath == "/lib/topojson/world_50m.json" && r.Status == 200);
        Assert.All(Seen(responses), r => Assert.Equal(baseAddress.Authority, new Uri(r.Url).Authority));
        Assert.Empty(Seen(problems));
    }

    /// <summary>Waits until plotly has drawn the countries of a map (one path per country with a value).</summary>
    private static async Task WaitForCountriesAsync(ILocator map)
    {
        await map.Locator(".choroplethlocation").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var drawn = await map.Locator(".choroplethlocation").CountAsync();
        Assert.True(drawn > 40, $"the map drew {drawn} countries");
    }
}
