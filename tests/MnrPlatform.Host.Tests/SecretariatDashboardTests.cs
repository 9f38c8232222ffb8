using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The secretariat dashboard through HTTP (its prerendered content): the secretariat's counts, for
/// the secretariat only, counted from the store, nothing audited and no country named.
/// </summary>
public sealed partial class SecretariatDashboardTests : IAsyncLifetime
{
    private readonly DemoPlatformFactory platform = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await platform.DisposeAsync();

    [GeneratedRegex("""data-testid="(?<card>attention-[a-z]+)"[^>]*data-count="(?<count>\d+)"|data-count="(?<count>\d+)"[^>]*data-testid="(?<card>attention-[a-z]+)""")]
    private static partial Regex AttentionCount();

    private static Dictionary<string, int> Counts(string html) =>
        AttentionCount().Matches(html).ToDictionary(m => m.Groups["card"].Value, m => int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture));

    private async Task<T> InStoreAsync<T>(Func<MnrDbContext, Task<T>> read)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MnrDbContext>());
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Administrator)]
    public async Task The_secretariat_sees_what_waits_counted_from_the_store(string role)
    {
        var client = await platform.SignInAsAsync(role);

        var html = await client.GetStringAsync(new Uri("/secretariat", UriKind.Relative), TestContext.Current.CancellationToken);

        var open = await InStoreAsync(db => db.SurveyRounds.Where(r => r.Status == RoundStatus.Open).Select(r => r.Code).ToListAsync(TestContext.Current.CancellationToken));
        var statuses = await InStoreAsync(db => db.Submissions.Where(s => db.SurveyRounds.Any(r => r.Id == s.RoundId && r.Status == RoundStatus.Open))
            .Select(s => s.Status).ToListAsync(TestContext.Current.CancellationToken));
        var consent = await InStoreAsync(db => db.Exchanges.CountAsync(e => e.Status == ExchangeStatus.ConsentRequested, TestContext.Current.CancellationToken));
        var counts = Counts(html);
        Assert.NotEmpty(open);
        Assert.Equal(statuses.Count(s => s == SubmissionStatus.Queried), counts["attention-queries"]);
        Assert.Equal(statuses.Count(s => s is SubmissionStatus.Submitted or SubmissionStatus.Resubmitted), counts["attention-validation"]);
        Assert.Equal(consent, counts["attention-exchanges"]);
        Assert.Equal(0, counts["attention-plugins"]);
        Assert.All(open, code => Assert.Contains($"data-round=\"{code}\"", html, StringComparison.Ordinal));
        Assert.Equal(role == Roles.Administrator, html.Contains("href=\"plugins\"", StringComparison.Ordinal) && html.Contains("The plugins page", StringComparison.Ordinal));
        Assert.Contains("<title>Secretariat · MnrPlatform</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_names_no_country_and_its_reads_are_not_audited()
    {
        var client = await platform.SignInAsAsync(Roles.Analyst);
        var auditedBefore = await InStoreAsync(db => db.AuditEntries.CountAsync(e => e.Action != Data.Audit.AuditActions.SignedIn, TestContext.Current.CancellationToken));

        var html = await client.GetStringAsync(new Uri("/secretariat", UriKind.Relative), TestContext.Current.CancellationToken);
        await client.GetStringAsync(new Uri("/secretariat", UriKind.Relative), TestContext.Current.CancellationToken);

        var auditedAfter = await InStoreAsync(db => db.AuditEntries.CountAsync(e => e.Action != Data.Audit.AuditActions.SignedIn, TestContext.Current.CancellationToken));
        Assert.Equal(auditedBefore, auditedAfter);
        var main = html[html.IndexOf("data-testid=\"attention\"", StringComparison.Ordinal)..];
        var countries = await InStoreAsync(db => db.Submissions.Select(s => s.CountryIso3).Distinct().ToListAsync(TestContext.Current.CancellationToken));
        var names = await InStoreAsync(db => db.Countries.Where(c => countries.Contains(c.Iso3)).Select(c => c.Name).ToListAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.DoesNotContain(name, main, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Roles.FocalPoint)]
    [InlineData(Roles.Viewer)]
    public async Task Focal_points_and_viewers_are_turned_away(string role)
    {
        var client = await platform.SignInAsAsync(role);

        using var response = await client.GetAsync(new Uri("/secretariat", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
