using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Audit;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The countries grid and the country profile in the browser: the focal point opens its profile and
/// switches the round in place; the secretariat finds a country in the grid (search and sort) and
/// opens it, and its read is audited once although the page is prerendered and then runs in a circuit.
/// </summary>
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
        await WaitForInteractiveAsync(page, "[data-testid=country-profile]");
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

        // Switching the round swaps the profile in place (in the circuit) and keeps the address in step.
        await ChooseAsync(page, "[data-testid=round-select]", "2021 review");
        await page.WaitForSelectorAsync("[data-testid=profile-radar] [data-testid=chart-empty]");
        await page.WaitForURLAsync(url => url.Contains("round=2021-review", StringComparison.Ordinal));
        Assert.Contains("In place:", await page.Locator("[data-testid=answers-summary]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("(2021 review)", await page.Locator("[data-testid=income-group]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await ScreenshotAsync(page, $"country-profile-review-{width}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Assert.Empty(Seen(problems));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_secretariat_finds_a_country_in_the_grid_sorts_it_and_opens_its_profile_read_once(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Analyst);
        await page.GotoAsync(new Uri(baseAddress, "countries").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await WaitForInteractiveAsync(page, ".country-grid");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=countries] tbody tr').length === 42");
        Assert.Contains("42 countries", await page.Locator("[data-testid=country-count]").TextContentAsync() ?? "", StringComparison.Ordinal);

        // Sort: by the column header on a wide screen, by the select above the cards on a phone.
        if (width >= 600)
        {
            // The first click sorts by name ascending (the order already shown), the second descending.
            var title = page.Locator("[data-testid=countries] thead th").First.GetByText("Country", new LocatorGetByTextOptions { Exact = true });
            await title.ClickAsync();
            await page.WaitForTimeoutAsync(500);
            await title.ClickAsync();
        }
        else
        {
            Assert.False(await page.Locator("[data-testid=countries] thead").IsVisibleAsync(), "the grid keeps its table header on a phone");
            await ChooseAsync(page, "[data-testid=country-sort]", "Name, Z to A");
        }

        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=countries] tbody tr [data-testid=country-link]')?.textContent === 'Zimbabwe'");
        Assert.Contains("z to a", await page.Locator("[data-testid=country-count]").TextContentAsync() ?? "", StringComparison.Ordinal);

        await page.Locator("[data-testid=country-search] input[type=search]").FillAsync("ghana");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=countries] tbody tr').length === 1");
        Assert.Contains("matching \"ghana\"", await page.Locator("[data-testid=country-count]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await ScreenshotAsync(page, $"countries-search-{width}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");

        var before = await AuditedReadsAsync("GHA");
        await ClickAndLoadAsync(page, "[data-testid=country-link]", url => url.AbsolutePath == "/countries/GHA");
        await WaitForInteractiveAsync(page, "[data-testid=country-profile]");
        await page.WaitForSelectorAsync("[data-testid=profile-history] [data-plotly-drawn] .main-svg", new PageWaitForSelectorOptions { Timeout = 10_000 });
        Assert.Equal("Ghana", await page.Locator("h1.page-title").TextContentAsync());
        // Prerendered, then run in a circuit: one read, one audit row.
        Assert.Equal(before + 1, await AuditedReadsAsync("GHA"));

        await ChooseAsync(page, "[data-testid=round-select]", "2021 review");
        await page.WaitForURLAsync(url => url.Contains("round=2021-review", StringComparison.Ordinal));
        await page.WaitForSelectorAsync("[data-testid=profile-radar] [data-testid=chart-empty]");
        Assert.Equal(before + 2, await AuditedReadsAsync("GHA"));
        Assert.Empty(Seen(problems));
    }

    /// <summary>Waits until the circuit runs the component marked with <c>data-interactive</c>: clicks before that are lost.</summary>
    private static async Task WaitForInteractiveAsync(IPage page, string selector) =>
        await page.WaitForSelectorAsync($"{selector}[data-interactive=true]", new PageWaitForSelectorOptions { Timeout = 15_000 });

    /// <summary>Opens a MudSelect (its combobox) and picks the option named <paramref name="option"/>.</summary>
    private static async Task ChooseAsync(IPage page, string combobox, string option)
    {
        await page.Locator(combobox).ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = option, Exact = true }).ClickAsync();
    }

    private async Task<int> AuditedReadsAsync(string country)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        return await db.AuditEntries.CountAsync(e => e.Action == AuditActions.UnitDataRead && e.CountryIso3 == country, TestContext.Current.CancellationToken);
    }
}
