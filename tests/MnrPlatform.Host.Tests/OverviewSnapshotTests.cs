using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Demo;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The capability snapshot (Figure 1) on the overview: for the secretariat only until the
/// disclosure rules are applied to it for other viewers; the synthetic-data banner for everyone.
/// </summary>
public sealed class OverviewSnapshotTests(OverviewSnapshotTests.Platform platform) : IClassFixture<OverviewSnapshotTests.Platform>
{
    [Theory]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Analyst, true)]
    [InlineData(Roles.FocalPoint, false)]
    [InlineData(Roles.Viewer, false)]
    public async Task Only_the_secretariat_sees_the_snapshot_and_everyone_sees_the_synthetic_data_banner(string role, bool seesSnapshot)
    {
        var client = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == role).Email, DemoAccounts.Password);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(seesSnapshot, html.Contains("data-testid=\"capability-snapshot\"", StringComparison.Ordinal));
        Assert.Contains("data-testid=\"synthetic-banner\"", html, StringComparison.Ordinal);
        Assert.Contains(DemoDataset.Label, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_carries_the_synthetic_data_banner_too()
    {
        var html = await platform.CreateHttpsClient().GetStringAsync(new Uri("/account/sign-in", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains(DemoDataset.Label, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_without_in_place_answers_says_so_instead_of_drawing_an_empty_chart()
    {
        var client = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Analyst).Email, DemoAccounts.Password);

        var html = await client.GetStringAsync(new Uri("/?round=2023-self-assessment", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Snapshot of capabilities in place · 2023 self-assessment", html, StringComparison.Ordinal);
        Assert.Contains("No validated \"in place\" answers in this round yet", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-plotly=", html, StringComparison.Ordinal);
    }

    /// <summary>One demo platform for the class (a fixture needs a single constructor).</summary>
    public sealed class Platform : DemoPlatformFactory;
}
