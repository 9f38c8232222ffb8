using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>Administration in the browser.</summary>
public sealed partial class BrowserTests
{
    [Fact]
    public async Task An_administrator_adds_a_focal_point_in_the_browser()
    {
        var (page, problems, _) = await OpenPageAsync();
        await SignInAsDemoAsync(page, Roles.Administrator);
        await page.GotoAsync(new Uri(baseAddress, "admin").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        await page.FillAsync("#new-email", "new.focal@example.org");
        await page.FillAsync("#new-password", "a long first passphrase");
        await page.SelectOptionAsync("#new-role", Roles.FocalPoint);
        await page.FillAsync("#new-country", "gha");
        await ClickAndLoadAsync(page, "[data-testid=add-user]", url => url.Query.Contains("added=", StringComparison.Ordinal));
        await ScreenshotAsync(page, "admin-added");

        Assert.Contains("new.focal@example.org", await page.Locator("[data-testid=user-added]").TextContentAsync() ?? "", StringComparison.Ordinal);
        var row = page.Locator("[data-testid=users] tbody tr", new PageLocatorOptions { HasText = "new.focal@example.org" });
        Assert.Contains("Focal point · GHA", await row.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Empty(Seen(problems));
    }
}
