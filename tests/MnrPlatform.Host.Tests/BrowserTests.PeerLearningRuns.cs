using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>Stored clustering runs in the browser: the secretariat runs the clustering from the page, runs it again and compares the two runs.</summary>
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_secretariat_runs_the_clustering_from_the_page_runs_it_again_and_compares_the_runs(int width)
    {
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.Analyst);
        await page.GotoAsync(new Uri(baseAddress, "peer-learning?round=2023-self-assessment").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await WaitForInteractiveAsync(page, "[data-testid=peer-learning]");
        Assert.True(await page.Locator("[data-testid=not-run]").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("[data-testid=cluster-card]").CountAsync());

        await page.Locator("[data-testid=run-clustering]").ClickAsync();
        await page.GetByText("Clustering run 1 stored: the page now shows it.").WaitForAsync();
        await page.Locator("[data-testid=cluster-card]").First.WaitForAsync();
        Assert.Equal("up to date", (await page.Locator("[data-testid=run-state]").TextContentAsync())?.Trim());
        Assert.Contains("Run by analyst@", await page.Locator("[data-testid=run-by]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-testid=history-row]").CountAsync());
        await ScreenshotAsync(page, $"peer-learning-stored-run-{width}");

        await page.Locator("[data-testid=run-clustering]").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=history-row]').length === 2");
        Assert.Equal("2", await page.Locator("[data-testid=stored-run]").GetAttributeAsync("data-run-id"));
        await page.Locator("[data-testid=compare]").ClickAsync();
        var comparison = page.Locator("[data-testid=run-comparison]");
        await comparison.WaitForAsync();
        // The same validated results and seed give the same partition.
        Assert.StartsWith("Runs 2 and 1 agree at an adjusted Rand index of 1.00 over the 42 countries both clustered", (await comparison.TextContentAsync())?.Trim(), StringComparison.Ordinal);
        await page.Locator("[data-testid=run-history]").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, $"peer-learning-run-history-{width}", fullPage: false);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        Assert.Empty(Seen(problems));
    }
}
