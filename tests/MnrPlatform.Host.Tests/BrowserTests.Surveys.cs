using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>Survey rounds in the browser: the secretariat's submissions grid and round steps, a focal point's questionnaires.</summary>
public sealed partial class BrowserTests
{
    private const string OpenRoundCode = "2026-self-assessment";

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_secretariat_sorts_and_filters_a_rounds_submissions_in_the_browser(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Analyst);

        await page.GotoAsync(new Uri(baseAddress, "surveys").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await ScreenshotAsync(page, $"surveys-rounds-{width}");
        await ClickAndLoadAsync(page, $"[data-round='{OpenRoundCode}'] [data-testid=open-round]", url => url.AbsolutePath == $"/surveys/{OpenRoundCode}");
        await WaitForInteractiveAsync(page, "[data-testid=submissions-panel]");
        await ScreenshotAsync(page, $"surveys-round-{width}");
        await WaitForRowsAsync(page, ["BRA", "FIN", "GHA", "KEN", "NZL", "PHL"]);

        // Sort by country, descending: the column header on a wide screen, the sort control on a phone (the grid is cards there).
        if (width >= 600)
        {
            var country = page.Locator("[data-testid=submissions] th").Filter(new LocatorFilterOptions { HasText = "Country" }).Locator(".sortable-column-header");
            await country.ClickAsync();
            await country.ClickAsync();
        }
        else
        {
            Assert.True(await page.Locator("[data-testid=sort-control]").IsVisibleAsync(), "the sort control shows on a phone");
            await page.ClickAsync("[data-testid=sort-direction]");
        }

        await WaitForRowsAsync(page, ["PHL", "NZL", "KEN", "GHA", "FIN", "BRA"]);

        await ChooseAsync(page, "[data-testid=filter-status]", "Draft");
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('status') === 'draft'");
        await WaitForRowsAsync(page, ["KEN", "GHA", "BRA"]);
        await ScreenshotAsync(page, $"surveys-round-drafts-{width}");

        Assert.All(await page.Locator("[data-testid=submissions] [data-testid=status]").AllTextContentsAsync(), status => Assert.Equal("Draft", status.Trim()));
        Assert.Equal("3 of 6 shown", (await page.Locator("[data-testid=shown-count]").TextContentAsync())?.Trim());
        Assert.Equal("3", (await page.Locator("[data-testid=status-count][data-status=draft] [data-testid=count]").TextContentAsync())?.Trim());
        // The address keeps the filter: opened again, the page shows the same rows.
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await WaitForInteractiveAsync(page, "[data-testid=submissions-panel]");
        await WaitForRowsAsync(page, ["BRA", "GHA", "KEN"]);
        // Nothing is wider than the window (a table scrolls inside its card).
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Assert.Empty(Seen(problems));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_secretariat_closes_a_round_after_a_confirmation_that_says_what_closing_means(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Analyst);
        await page.GotoAsync(new Uri(baseAddress, "surveys").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await WaitForInteractiveAsync(page, "[data-testid=rounds]");
        var round = page.Locator($"[data-round='{OpenRoundCode}']");

        await round.Locator("[data-testid=step-closed]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.Locator("[data-testid=step-meaning]").WaitForAsync();
        await ScreenshotAsync(page, $"surveys-close-dialog-{width}", fullPage: false);
        Assert.StartsWith("Closing stops focal points from changing or submitting answers", await dialog.Locator("[data-testid=step-meaning]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await dialog.Locator("[data-testid=confirm-closed]").ClickAsync();

        await page.WaitForFunctionAsync($"() => document.querySelector(\"[data-round='{OpenRoundCode}'] [data-testid=round-status]\")?.textContent.trim() === 'Closed'");
        await page.Locator(".mud-snackbar").Filter(new LocatorFilterOptions { HasText = "The round is closed" }).WaitForAsync();
        await ScreenshotAsync(page, $"surveys-closed-{width}");
        Assert.Equal(["step-open", "step-published"], await round.Locator("[data-testid=round-steps] [data-testid^=step-]").EvaluateAllAsync<string[]>("buttons => buttons.map(b => b.dataset.testid)"));
        Assert.Equal(0, await page.Locator(".mud-dialog").CountAsync());
        Assert.Empty(Seen(problems));
    }

    [Fact]
    public async Task The_demo_focal_point_finds_its_draft_in_the_open_round()
    {
        var (page, problems, _) = await OpenPageAsync(390);
        await SignInAsDemoAsync(page, Roles.FocalPoint);

        Assert.Equal(1, await page.Locator("a.mud-nav-link[href=surveys]").CountAsync());
        await page.GotoAsync(new Uri(baseAddress, "surveys").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await ScreenshotAsync(page, "surveys-focal-point-390");

        var open = page.Locator($"[data-testid=questionnaire][data-round='{OpenRoundCode}']");
        Assert.Equal("Draft", (await open.Locator("[data-testid=status]").TextContentAsync())?.Trim());
        Assert.Equal($"surveys/{OpenRoundCode}/KEN/maturity-self-assessment", await open.Locator("[data-testid=open-questionnaire]").GetAttributeAsync("href"));
        Assert.Equal(3, await page.Locator("[data-testid=questionnaire]").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Assert.Empty(Seen(problems));
    }

    private static async Task WaitForRowsAsync(IPage page, string[] countries) =>
        await page.WaitForFunctionAsync(
            "expected => JSON.stringify([...document.querySelectorAll('[data-testid=submission]')].map(r => r.dataset.country)) === JSON.stringify(expected)",
            countries,
            new PageWaitForFunctionOptions { Timeout = 10_000 });
}
