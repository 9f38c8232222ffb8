using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Analytics.Peers;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Entities;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.PeerLearning;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The peer-learning page shows the round's newest stored run, never a fresh clustering: it says
/// when the round's validated results changed since, places a country validated later with the
/// stored model (and suggests partners to it at once), and keeps every run as a history.
/// </summary>
public sealed partial class PeerLearningStoredRunTests
{
    private const string Round = "2023-self-assessment";
    private const string Instrument = "maturity-self-assessment";
    private static readonly AccessScope Secretariat = PeerLearningRuns.Analyst;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_stored_run_the_page_says_so_and_offers_the_run_to_the_secretariat()
    {
        await using var platform = new DemoPlatformFactory();
        var analyst = await platform.SignInAsAsync(Roles.Analyst);

        var html = await PageAsync(analyst, "");

        Assert.Contains("data-testid=\"not-run\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"run-clustering\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"cluster-card\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"run-history\"", html, StringComparison.Ordinal);
        // Suggestions and the exchanges board work without clusters.
        Assert.Contains("data-testid=\"exchange-board\"", html, StringComparison.Ordinal);
        Assert.InRange(Regex.Count(await PageAsync(analyst, "&country=KEN&capability=judiciary-prosecutors"), "data-testid=\"suggestion\""), 3, 5);
    }

    [Fact]
    public async Task A_country_validated_after_the_run_is_placed_by_the_model_gets_suggestions_and_the_run_is_stale_until_run_again()
    {
        await using var platform = new DemoPlatformFactory();
        var analyst = await platform.SignInAsAsync(Roles.Analyst);
        var kenya = new SubmissionKey(Round, "KEN", Instrument);
        await WithServicesAsync(platform, async services =>
        {
            await services.GetRequiredService<RoundAdministration>().SetStatusAsync(Secretariat, Round, RoundStatus.Closed, Cancellation);
            await services.GetRequiredService<SubmissionService>().ReopenAsync(Secretariat, kenya, "checking a phase", Cancellation);
        });

        // Run 1 clusters the 41 validated countries; the page shows it as up to date.
        var first = await PeerLearningRuns.RunAsync(platform, Round);
        var html = await PageAsync(analyst, "");
        Assert.Equal(first.ToString(System.Globalization.CultureInfo.InvariantCulture), RunId().Match(html).Groups[1].Value);
        Assert.Equal("41", ClusteredCount().Match(html).Groups[1].Value);
        Assert.Contains("run-state\"><span class=\"mud-chip-content\">up to date<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"stale\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"placed\"", html, StringComparison.Ordinal);

        // Kenya is validated again: the page still shows run 1 (41 countries clustered), says it is
        // out of date, and lists Kenya as placed by the stored model.
        await WithServicesAsync(platform, services => services.GetRequiredService<SubmissionService>().ValidateAsync(Secretariat, kenya, Cancellation));
        html = await PageAsync(analyst, "&country=KEN&capability=judiciary-prosecutors");
        Assert.Equal("41", ClusteredCount().Match(html).Groups[1].Value);
        Assert.Contains("run-state\"><span class=\"mud-chip-content\">out of date<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"stale\"", html, StringComparison.Ordinal);
        var placed = Placed().Match(html);
        Assert.True(placed.Success, "Kenya is listed as placed");
        Assert.Contains("(placed later)", html, StringComparison.Ordinal);
        var partners = Regex.Matches(html, "data-testid=\"suggestion\" data-partner=\"([A-Z]{3})\"").Select(m => m.Groups[1].Value).ToList();
        Assert.InRange(partners.Count, 3, 5);
        Assert.DoesNotContain("KEN", partners);

        // Suggestions see Kenya in the cluster the model placed it in.
        var view = await PeerLearningRuns.ViewAsync(platform, Round);
        var placement = Assert.Single(view.Stored!.Placed);
        Assert.Equal("KEN", placement.UnitCode);
        Assert.Equal(placed.Groups[1].Value[0], (char)('A' + placement.Cluster));
        Assert.Equal(placement.Cluster, view.Stored.WithPlaced().ClusterOfUnit()["KEN"]);
        var clusterMates = view.Stored.Run.Units.Where(u => u.Cluster == placement.Cluster).Select(u => u.UnitCode).ToHashSet();
        var stable = view.Stored.Run.Clusters.Single(c => c.Id == placement.Cluster).Stable;
        var suggestions = view.Matcher.GapsOf("KEN").SelectMany(gap => view.Matcher.Suggest(new PeerRequest("KEN", gap)).Suggestions).ToList();
        Assert.Equal(stable, suggestions.Any(s => s.Parts.SameStableCluster));
        Assert.All(suggestions.Where(s => s.Parts.SameStableCluster), s => Assert.Contains(s.PartnerCode, clusterMates));

        // Run 2 includes Kenya; run 1 stays in the history and the two can be compared.
        var second = await PeerLearningRuns.RunAsync(platform, Round);
        html = await PageAsync(analyst, "");
        Assert.Equal(second.ToString(System.Globalization.CultureInfo.InvariantCulture), RunId().Match(html).Groups[1].Value);
        Assert.Equal("42", ClusteredCount().Match(html).Groups[1].Value);
        Assert.Contains("run-state\"><span class=\"mud-chip-content\">up to date<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"placed\"", html, StringComparison.Ordinal);
        Assert.Equal([second, first], Regex.Matches(html, "data-testid=\"history-row\" data-run-id=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Matches($"data-testid=\"compare\"[^>]*>(<[^>]*>)*Compare with run {second}<", html);
        var agreement = await WithServicesAsync(platform, services => services.GetRequiredService<ClusterRunner>().CompareAsync(Secretariat, second, first, Cancellation));
        Assert.Equal(41, agreement.CommonUnits);
        Assert.InRange(agreement.AdjustedRandIndex!.Value, 0.5, 1.0);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => WithServicesAsync(platform, services => services.GetRequiredService<ClusterRunner>().CompareAsync(Secretariat, second, 999, Cancellation)));
    }

    [Fact]
    public async Task The_page_shows_the_stored_record_and_only_the_secretariat_runs_or_reads_runs()
    {
        await using var platform = new DemoPlatformFactory();
        var id = await PeerLearningRuns.RunAsync(platform, Round);

        // Doctor the stored record: the page's figures and clusters come from it, not from a fresh clustering.
        await WithServicesAsync(platform, async services =>
        {
            var db = services.GetRequiredService<MnrDbContext>();
            var record = await db.ClusterRuns.SingleAsync(r => r.Id == id, Cancellation);
            record.RunJson = Regex.Replace(record.RunJson, "\"unitCount\": 42", "\"unitCount\": 17");
            record.CreatedBy = "someone.else@example.org";
            await db.SaveChangesAsync(Cancellation);
        });
        var html = await PageAsync(await platform.SignInAsAsync(Roles.Analyst), "");
        Assert.Equal("17", ClusteredCount().Match(html).Groups[1].Value);
        Assert.Contains("Run by someone.else@example.org on ", html, StringComparison.Ordinal);

        foreach (var role in new[] { Roles.FocalPoint, Roles.Viewer })
        {
            var outsider = AccessScope.For(new PlatformPrincipal("id-" + role, role + "@example.org", [role], role == Roles.FocalPoint ? "KEN" : null));
            await Assert.ThrowsAsync<AccessDeniedException>(() => PeerLearningRuns.RunAsync(platform, Round, outsider));
            await Assert.ThrowsAsync<AccessDeniedException>(() => WithServicesAsync(platform, services => services.GetRequiredService<ClusterRunner>().CompareAsync(outsider, id, id, Cancellation)));
            var client = await platform.SignInAsAsync(role);
            using var response = await client.GetAsync(new Uri("/peer-learning", UriKind.Relative), Cancellation);
            Assert.Contains("access-denied", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        }

        Assert.Equal(1, await WithServicesAsync(platform, services => services.GetRequiredService<MnrDbContext>().ClusterRuns.CountAsync(Cancellation)));
    }

    private static async Task<string> PageAsync(HttpClient client, string query) =>
        await client.GetStringAsync(new Uri($"/peer-learning?round={Round}{query}", UriKind.Relative), Cancellation);

    private static async Task WithServicesAsync(DemoPlatformFactory platform, Func<IServiceProvider, Task> action)
    {
        using var scope = platform.Services.CreateScope();
        await action(scope.ServiceProvider);
    }

    private static async Task<T> WithServicesAsync<T>(DemoPlatformFactory platform, Func<IServiceProvider, Task<T>> action)
    {
        using var scope = platform.Services.CreateScope();
        return await action(scope.ServiceProvider);
    }

    [GeneratedRegex("data-testid=\"stored-run\" data-run-id=\"(\\d+)\"")]
    private static partial Regex RunId();

    [GeneratedRegex("data-testid=\"clustered-count\"[^>]*>(\\d+)<")]
    private static partial Regex ClusteredCount();

    [GeneratedRegex("Kenya \\(KEN\\) in cluster ([A-H])")]
    private static partial Regex Placed();
}
