using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The language menu on an interactive page: choosing Arabic reloads the same page right to left, its
/// circuit starts again in Arabic, and the choice stays with the account.
/// </summary>
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_analyst_switches_an_interactive_page_to_arabic_from_the_language_menu(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Analyst);
        var address = $"/surveys/{OpenRoundCode}";
        await page.GotoAsync(new Uri(baseAddress, address.TrimStart('/')).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await WaitForInteractiveAsync(page, "[data-testid=submissions-panel]");
        Assert.Equal("ltr", await page.GetAttributeAsync("html", "dir"));

        await page.ClickAsync("[data-testid=language-menu] summary");
        await Task.WhenAll(
            page.WaitForURLAsync(url => new Uri(url).AbsolutePath == address, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load }),
            page.ClickAsync("[data-testid=language-menu] [data-culture=ar]"));
        await page.WaitForSelectorAsync("html[lang=ar][dir=rtl]");
        await WaitForInteractiveAsync(page, "[data-testid=submissions-panel]");
        await ScreenshotAsync(page, $"surveys-round-arabic-{width}");

        Assert.Equal(1, await page.Locator(".mud-application-layout-rtl").CountAsync());
        Assert.Contains("الاستبيانات", await page.Locator("#app-drawer").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal("العربية", await page.Locator("[data-testid=language-menu] [aria-current=true]").TextContentAsync());

        // Another page of the same session is in Arabic too (the account's choice, not only this page).
        await page.GotoAsync(baseAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        await ScreenshotAsync(page, $"overview-arabic-{width}");
        Assert.Empty(Seen(problems));
    }
}
