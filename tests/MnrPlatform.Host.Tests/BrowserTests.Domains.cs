using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>A domain's page in the browser: the breakdown switch (a GET form) and the tabs (links) are patched in by enhanced navigation, at desktop and phone widths.</summary>
public sealed partial class BrowserTests
{
    private const string DrawnChart = "[data-testid=domain-chart] [data-plotly-drawn] .main-svg";

    [Fact]
    public async Task The_secretariat_switches_a_domains_breakdown_and_tabs_without_a_full_reload()
    {
        var (page, problems, _) = await OpenPageAsync();
        await SignInAsDemoAsync(page, Roles.Analyst);
        await page.GotoAsync(new Uri(baseAddress, "domains/victim?round=2021-review").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForSelectorAsync(DrawnChart, new PageWaitForSelectorOptions { Timeout = 10_000 });
        // A marker on the window survives enhanced navigation but not a full reload.
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        await SelectAndLoadAsync(page, "#breakdown", "income-group", url => url.Query.Contains("breakdown=income-group", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=domain-results][data-breakdown=income-group] " + DrawnChart, new PageWaitForSelectorOptions { Timeout = 10_000 });
        var inPlace = page.Locator("[data-chart='victim.chart.in-place']");
        Assert.Contains("by income group", await inPlace.Locator("[data-testid=chart-header]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.True(await inPlace.Locator("[data-testid=chart-table] thead th").CountAsync() > 2, "the table has a column per income group");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the breakdown switch reloaded the page");
        await ScreenshotAsync(page, "domain-charts-1280");

        // The Indicators tab, reached with the keyboard (from the Charts tab); its focus ring shows.
        await page.FocusAsync("#tab-charts");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("tab-indicators", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("tab=indicators", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=domain-indicators] [data-testid=indicator-table]");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the tab reloaded the page");
        Assert.Contains("breakdown=income-group", page.Url, StringComparison.Ordinal);
        Assert.Equal("page", await page.Locator("#tab-indicators").GetAttributeAsync("aria-current"));
        Assert.True(await page.Locator("[data-testid=indicator-table] thead th").First.Locator("xpath=..").Locator("th").CountAsync() > 2);
        await page.Locator("[data-testid=indicator-sheet] summary").First.ClickAsync();
        Assert.True(await page.Locator("[data-testid=indicator-sheet] [data-testid=metadata-sheet]").First.IsVisibleAsync());
        await ScreenshotAsync(page, "domain-indicators-1280");
        Assert.Empty(Seen(problems));
    }

    [Theory]
    [InlineData("")]
    [InlineData("&tab=indicators&breakdown=income-group")]
    public async Task A_domain_page_fits_a_phone_screen(string query)
    {
        var (page, problems, _) = await OpenPageAsync(390);
        await SignInAsDemoAsync(page, Roles.Analyst);

        await page.GotoAsync(new Uri(baseAddress, $"domains/policy?round=2023-self-assessment{query}").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        if (query.Length == 0)
        {
            await page.WaitForSelectorAsync(DrawnChart, new PageWaitForSelectorOptions { Timeout = 10_000 });
        }

        await ScreenshotAsync(page, query.Length == 0 ? "domain-charts-390" : "domain-indicators-390");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the page scrolls sideways");
        Assert.Empty(Seen(problems));
    }
}
