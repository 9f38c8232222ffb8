using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Visualizations;
using MnrPlatform.Sdk.Visualizations;
using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

/// <summary>Plugin-drawn visualizations on the domain pages: their cards, tables and CSVs, and how a failing one shows.</summary>
public sealed class VisualizationPagesTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<string> PageAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(path, UriKind.Relative), Cancellation));

    [Fact]
    public async Task Each_domain_page_shows_its_plugins_visualization_with_a_table_and_a_csv()
    {
        await using var platform = new DemoPlatformFactory();
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = await PageAsync(analyst, "/domains/criminal-justice?round=2021-review");
        var csv = await analyst.GetStringAsync(new Uri("/charts/criminal-justice.visualization.two-views/table.csv?round=2021-review", UriKind.Relative), Cancellation);

        Assert.Contains("data-chart=\"criminal-justice.visualization.two-views\"", html, StringComparison.Ordinal);
        Assert.Contains("Criminal justice: two views of each capability", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"chart-fault\"", html, StringComparison.Ordinal);
        Assert.Contains("Criminal justice: two views of each capability", csv, StringComparison.Ordinal);
        Assert.Contains("All countries", csv, StringComparison.Ordinal);
        Assert.Contains(" of ", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throwing_or_refused_visualization_is_a_fault_on_the_plugins_page()
    {
        await using var platform = new DemoPlatformFactory("fixture-plugins");
        var admin = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Administrator).Email, DemoAccounts.Password);
        var catalog = platform.Services.GetRequiredService<FrameworkCatalog>();
        var renderer = platform.Services.GetRequiredService<VisualizationRenderer>();
        var input = new VisualizationInput(CultureInfo.GetCultureInfo("en"), "2021 review",
            [new VisualizationIndicator("fixture-throwing-visualization.in-place.share", "Fixture", "c", "per cent", [new VisualizationBreakdown("all", [new VisualizationGroup("all", "All countries", 1, 2, 50m, null)])])]);

        // What the domain page does for each card (it needs validated answers to the fixture's question, which demo data lacks).
        var thrown = renderer.Render(PluginVisualizations.Find(catalog, "fixture-throwing-visualization.throws")!, input);
        var refused = renderer.Render(PluginVisualizations.Find(catalog, "fixture-throwing-visualization.webgl")!, input);
        var plugins = await PageAsync(admin, "/plugins");

        Assert.NotNull(thrown.Fault);
        Assert.NotNull(refused.Fault);
        Assert.Contains("drawing visualization fixture-throwing-visualization.throws", plugins, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: The fixture visualization cannot draw.", plugins, StringComparison.Ordinal);
        Assert.Contains("trace 0 has type 'heatmapgl'", plugins, StringComparison.Ordinal);
    }
}
