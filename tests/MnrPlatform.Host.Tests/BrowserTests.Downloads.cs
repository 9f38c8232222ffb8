using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>The country outputs in the browser: the focal point opens its self-assessment summary and action plan from the profile, on screen and as printed.</summary>
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_focal_point_opens_its_printable_self_assessment_from_the_profile(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.FocalPoint);

        // The overview offers the round's results and its public review report for download under the snapshot.
        await page.Locator("[data-testid=report-downloads]").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, $"overview-downloads-{width}", fullPage: false);
        Assert.Equal(3, await page.Locator("[data-testid=round-downloads] a[download]").CountAsync());
        Assert.Equal(3, await page.Locator("[data-testid=report-downloads] [data-audience=public] a[download]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=report-downloads] [data-audience=secretariat]").CountAsync());

        await page.GotoAsync(new Uri(baseAddress, "countries/KEN?round=2023-self-assessment").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await ScreenshotAsync(page, $"profile-outputs-{width}", fullPage: false);
        Assert.Equal(["HTML", "PDF", "XLSX"], await page.Locator("[data-testid=country-outputs] a").AllTextContentsAsync());

        await ClickAndLoadAsync(page, "[data-testid=country-outputs] a >> text=HTML", url => url.AbsolutePath == "/countries/KEN/self-assessment.html");
        await ScreenshotAsync(page, $"self-assessment-{width}");

        Assert.Equal("Kenya", await page.Locator("h1").TextContentAsync());
        Assert.Equal(21, await page.Locator("[data-testid=self-assessment-summary] tbody tr[data-capability]").CountAsync());
        Assert.True(await page.Locator(".sa-plan-item").CountAsync() > 0);
        // The page's own stylesheet is applied (the header's rule).
        Assert.Equal("solid", await page.Locator(".sa-header").EvaluateAsync<string>("e => getComputedStyle(e).borderBottomStyle"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");

        // Printed: no links bar, no frame, the plan on a page of its own.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await ScreenshotAsync(page, $"self-assessment-print-{width}");
        Assert.Equal("none", await page.Locator(".sa-actions").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.Equal("none", await page.Locator(".sa-document").EvaluateAsync<string>("e => getComputedStyle(e).borderTopStyle"));
        Assert.Equal("page", await page.Locator(".sa-plan").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        if (width == 1280)
        {
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
            var folder = Environment.GetEnvironmentVariable("MNR_TEST_SCREENSHOTS");
            if (!string.IsNullOrEmpty(folder))
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, "self-assessment.pdf"), pdf, TestContext.Current.CancellationToken);
            }

            Assert.True(pdf.Length > 10_000);
        }

        Assert.Empty(Seen(problems));
    }
}
