using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>Survey rounds in the browser: the secretariat's submissions, a focal point's questionnaires.</summary>
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_secretariat_filters_a_rounds_submissions_in_the_browser(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Analyst);

        await page.GotoAsync(new Uri(baseAddress, "surveys").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await ScreenshotAsync(page, $"surveys-rounds-{width}");
        await ClickAndLoadAsync(page, "[data-round='2026-self-assessment'] [data-testid=open-round]", url => url.AbsolutePath == "/surveys/2026-self-assessment");
        await ScreenshotAsync(page, $"surveys-round-{width}");
        var all = await page.Locator("[data-testid=submission]").CountAsync();
        await page.SelectOptionAsync("#status", "draft");
        await ClickAndLoadAsync(page, "[data-testid=apply-filters]", url => url.Query.Contains("status=draft", StringComparison.Ordinal));
        await ScreenshotAsync(page, $"surveys-round-drafts-{width}");

        var drafts = page.Locator("[data-testid=submission]");
        Assert.Equal(3, await drafts.CountAsync());
        Assert.True(all > await drafts.CountAsync(), $"the filter kept {await drafts.CountAsync()} of {all}");
        Assert.All(await drafts.Locator("[data-testid=status]").AllTextContentsAsync(), status => Assert.Equal("Draft", status));
        Assert.Equal("3 of 6 shown", await page.Locator("[data-testid=shown-count]").TextContentAsync());
        // Nothing is wider than the window (a table scrolls inside its card).
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
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

        var open = page.Locator("[data-testid=questionnaire][data-round='2026-self-assessment']");
        Assert.Equal("Draft", await open.Locator("[data-testid=status]").TextContentAsync());
        Assert.Equal("surveys/2026-self-assessment/KEN/maturity-self-assessment", await open.Locator("[data-testid=open-questionnaire]").GetAttributeAsync("href"));
        Assert.Equal(3, await page.Locator("[data-testid=questionnaire]").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Assert.Empty(Seen(problems));
    }
}
