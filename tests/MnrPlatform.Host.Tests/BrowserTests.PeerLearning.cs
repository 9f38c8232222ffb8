using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>Peer learning in the browser: the secretariat records a suggested exchange and asks both countries, each step confirmed in a dialog.</summary>
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_secretariat_records_a_suggested_exchange_and_asks_both_countries_through_dialogs(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Analyst);
        await page.GotoAsync(new Uri(baseAddress, "peer-learning?country=KEN&capability=judiciary-prosecutors").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await WaitForInteractiveAsync(page, "[data-testid=peer-learning]");
        var rows = page.Locator("[data-testid=exchange-row]");
        var before = await rows.CountAsync();

        // Record the first suggestion: a dialog says no country is told yet; Cancel leaves everything as it was.
        await page.Locator("[data-testid=propose]").First.ClickAsync();
        await page.Locator("[data-testid=dialog-cancel]").ClickAsync();
        await page.Locator(".mud-dialog").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Equal(before, await rows.CountAsync());

        await page.Locator("[data-testid=propose]").First.ClickAsync();
        Assert.Contains("no country is told", await page.Locator(".mud-dialog").TextContentAsync() ?? "", StringComparison.Ordinal);
        await ScreenshotAsync(page, $"peer-learning-suggest-dialog-{width}", fullPage: false);
        await page.Locator("[data-testid=dialog-confirm]").ClickAsync();
        await page.GetByText("Exchange recorded as a suggestion. No country has been told yet.").WaitForAsync();
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-testid=exchange-row]').length === {before + 1}");
        var row = rows.First;
        Assert.Equal("Suggested", (await row.Locator("[data-testid=board-status]").TextContentAsync())?.Trim());

        // Ask both countries: confirmed in a dialog, the status moves on in place.
        await row.Locator("[data-testid=step-request-consent]").ClickAsync();
        await page.Locator("[data-testid=dialog-confirm]").ClickAsync();
        await page.GetByText("Both countries have been asked for their consent.").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=exchange-row] [data-testid=board-status]')?.textContent.trim() === 'Waiting for answers'");
        await row.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, $"peer-learning-board-{width}", fullPage: false);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Assert.Empty(Seen(problems));
    }
}
