using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>The country profile in the browser: the focal point opens its profile, the radar draws, the round switches in place.</summary>
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_focal_point_opens_its_profile_sees_the_radar_and_switches_the_round(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.FocalPoint);

        // "Countries" takes a focal point straight to its own country.
        await page.GotoAsync(new Uri(baseAddress, "countries").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.EndsWith("/countries/KEN", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.WaitForSelectorAsync("[data-testid=profile-radar] [data-plotly-drawn] .main-svg", new PageWaitForSelectorOptions { Timeout = 10_000 });
        await ScreenshotAsync(page, $"country-profile-{width}");
        await ScreenshotAsync(page, $"country-profile-top-{width}", fullPage: false);

        Assert.Equal("Kenya", await page.Locator("h1.page-title").TextContentAsync());
        Assert.Equal(2, await page.Locator("[data-testid=profile-radar] .scatterlayer .trace").CountAsync());
        Assert.Equal(21, await page.Locator("[data-testid=profile-radar] [data-testid=chart-table] tbody tr").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");

        // The data table opens from the keyboard.
        await page.Locator("[data-testid=profile-radar] summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.Locator("[data-testid=profile-radar] details").EvaluateAsync<bool>("d => d.open"));

        // Switching the round swaps the profile in place (htmx) and keeps the address in step.
        await page.RunAndWaitForResponseAsync(
            () => page.SelectOptionAsync("#round", "2021-review"),
            r => r.Url.Contains("round=2021-review", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=profile-radar] [data-testid=chart-empty]");
        Assert.Contains("round=2021-review", page.Url, StringComparison.Ordinal);
        Assert.Contains("In place:", await page.Locator("[data-testid=answers-summary]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await ScreenshotAsync(page, $"country-profile-review-{width}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Assert.Empty(Seen(problems));
    }

    [Fact]
    public async Task The_secretariat_finds_a_country_in_the_list_and_opens_its_profile()
    {
        var (page, problems, _) = await OpenPageAsync();
        await SignInAsDemoAsync(page, Roles.Analyst);
        await page.GotoAsync(new Uri(baseAddress, "countries").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(42, await page.Locator("[data-testid=countries] tbody tr").CountAsync());

        await page.RunAndWaitForResponseAsync(() => page.FillAsync("#q", "ghana"), r => r.Url.Contains("q=ghana", StringComparison.Ordinal));
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=countries] tbody tr').length === 1");
        await ScreenshotAsync(page, "countries-search");
        await ClickAndLoadAsync(page, "[data-testid=country-link]", url => url.AbsolutePath == "/countries/GHA");

        await page.WaitForSelectorAsync("[data-testid=profile-history] [data-plotly-drawn] .main-svg", new PageWaitForSelectorOptions { Timeout = 10_000 });
        Assert.Equal("Ghana", await page.Locator("h1.page-title").TextContentAsync());
        Assert.Empty(Seen(problems));
    }
}
