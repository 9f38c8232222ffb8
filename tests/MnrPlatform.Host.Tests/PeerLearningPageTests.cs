using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;

namespace MnrPlatform.Host.Tests;

/// <summary>The secretariat's peer-learning page on the demo data.</summary>
public sealed class PeerLearningPageTests(PeerLearningPageTests.Platform platform) : IClassFixture<PeerLearningPageTests.Platform>
{
    [Fact]
    public async Task The_secretariat_sees_clusters_their_agreement_with_the_previous_round_and_suggestions_and_the_read_is_audited()
    {
        var analyst = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Analyst).Email, DemoAccounts.Password);
        await PeerLearningRuns.RunAsync(platform, "2023-self-assessment");

        var html = await analyst.GetStringAsync(new Uri("/peer-learning?country=KEN&capability=judiciary-prosecutors", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.InRange(Regex.Count(html, "data-testid=\"cluster-card\""), 2, 4);
        // The sentence follows the quality figures after a space (it once ran on: "…(0.41).Agreement").
        Assert.Matches("data-testid=\"previous-agreement\"[^>]*> Agreement with the clusters of 2021 review: -?\\d\\.\\d\\d over 42 countries", html);
        Assert.Matches(@"Clustered by Microsoft\.ML 6\.0\.0 KMeansTrainer k-means; agreement with PAM -?\d\.\d\d", html);
        var partners = Regex.Matches(html, "data-testid=\"suggestion\" data-partner=\"([A-Z]{3})\"").Select(m => m.Groups[1].Value).ToList();
        Assert.InRange(partners.Count, 3, 5);
        Assert.DoesNotContain("KEN", partners);
        Assert.Matches("data-testid=\"explanation\"[^>]*>similar on", html);

        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        var reads = await db.AuditEntries.Where(a => a.Action == AuditActions.UnitDataRead && a.Subject == "profiles:2023-self-assessment").ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(reads, a => a.Subject == "profiles:2023-self-assessment" && a.CountryIso3 == "KEN");
    }

    /// <summary>One demo platform for the class (a fixture needs a single constructor).</summary>
    public sealed class Platform : DemoPlatformFactory;
}
