using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Catalog;

namespace MnrPlatform.Host.Tests;

/// <summary>The indicator catalogue: every plugin indicator with its metadata sheet, open to everyone.</summary>
public sealed class IndicatorCatalogueTests(IndicatorCatalogueTests.Platform platform) : IClassFixture<IndicatorCatalogueTests.Platform>
{
    [Fact]
    public async Task Everyone_sees_every_indicator_with_its_sheet_and_plugin()
    {
        var catalog = platform.Services.GetRequiredService<FrameworkCatalog>();

        var html = await platform.CreateHttpsClient().GetStringAsync(new Uri("/indicators", UriKind.Relative), TestContext.Current.CancellationToken);

        var listed = Regex.Matches(html, "data-testid=\"indicator\" data-indicator=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(catalog.Indicators.Select(i => i.Item.Id), listed);
        Assert.True(listed.Count > 100, $"only {listed.Count} indicators");
        var leadership = catalog.Indicator("policy.leadership.in-place")!.Item;
        Assert.Contains(System.Net.WebUtility.HtmlEncode(leadership.Metadata.Limitations.English), html, StringComparison.Ordinal);
        Assert.Contains("mnrplatform.domains.policy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_keeps_only_matching_indicators()
    {
        var html = await platform.CreateHttpsClient().GetStringAsync(new Uri("/indicators?q=helpline", UriKind.Relative), TestContext.Current.CancellationToken);

        var listed = Regex.Matches(html, "data-testid=\"indicator\" data-indicator=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, id => Assert.StartsWith("victim.child-helpline.", id, StringComparison.Ordinal));
    }

    /// <summary>One platform with the six domain plugins for the class.</summary>
    public sealed class Platform : PlatformFactory;
}
