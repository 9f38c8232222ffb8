using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Audit;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The Surveys area on the demo data: the secretariat's rounds and a round's submissions, a focal
/// point's own questionnaires, and who may see and change what.
/// </summary>
public sealed partial class SurveyPagesTests(SurveyPagesTests.Platform platform) : IClassFixture<SurveyPagesTests.Platform>
{
    private const string Open = "2026-self-assessment";
    private const string Review = "2021-review";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_secretariat_sees_every_round_with_its_instruments_counts_and_the_steps_it_may_take()
    {
        var analyst = await platform.ClientAsync(Roles.Analyst);

        var html = await analyst.GetStringAsync(new Uri("/surveys", UriKind.Relative), Cancellation);

        var rounds = RoundCards(html);
        Assert.Equal([Open, "2023-self-assessment", Review], rounds.Keys);
        var open = rounds[Open];
        Assert.Equal("Open", SurveyMarkup.Text(open, "data-testid=\"round-status\""));
        Assert.Contains("Maturity self-assessment", open, StringComparison.Ordinal);
        Assert.Contains("synthetic demo data", open, StringComparison.Ordinal);
        Assert.Equal(["closed"], Steps(open));
        Assert.Equal("Draft 3", SurveyMarkup.Text(open, "data-testid=\"count\" data-status=\"draft\""));
        Assert.Equal("Queried 1", SurveyMarkup.Text(open, "data-testid=\"count\" data-status=\"queried\""));
        Assert.Contains("href=\"surveys/2026-self-assessment\"", open, StringComparison.Ordinal);
        var review = rounds[Review];
        Assert.Equal("Published", SurveyMarkup.Text(review, "data-testid=\"round-status\""));
        Assert.Contains("Government survey", review, StringComparison.Ordinal);
        Assert.Contains("UNICEF country-office survey", review, StringComparison.Ordinal);
        Assert.Equal("Validated 42", SurveyMarkup.Text(review, "data-testid=\"count\" data-status=\"validated\""));
        Assert.Equal(["closed"], Steps(review));
        Assert.Contains("Unpublishing takes the results out of public view", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_focal_point_sees_only_its_own_countrys_questionnaires()
    {
        var kenya = await platform.ClientAsync(Roles.FocalPoint);

        var html = await kenya.GetStringAsync(new Uri("/surveys", UriKind.Relative), Cancellation);

        var rows = QuestionnaireRow().Matches(html).Select(m => (m.Groups["round"].Value, m.Groups["instrument"].Value)).ToList();
        // Every instrument of the open round; elsewhere only what Kenya answered (the UNICEF survey in 2021, not the government survey).
        Assert.Equal(
            [(Open, "maturity-self-assessment"), ("2023-self-assessment", "maturity-self-assessment"), (Review, "unicef-country-office-survey")],
            rows);
        Assert.Contains("href=\"surveys/2026-self-assessment/KEN/maturity-self-assessment\"", html, StringComparison.Ordinal);
        Assert.Equal(3, QuestionnaireLink().Count(html));
        Assert.All(QuestionnaireLink().Matches(html), m => Assert.Equal("KEN", m.Groups["country"].Value));
        Assert.Contains("Draft", SurveyMarkup.Texts(html, "data-testid=\"status\""));
        Assert.DoesNotContain("data-testid=\"round-steps\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ghana", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Philippines", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.FocalPoint, "/surveys/2026-self-assessment")]
    [InlineData(Roles.Viewer, "/surveys/2026-self-assessment")]
    [InlineData(Roles.Viewer, "/surveys")]
    public async Task Those_who_may_not_see_every_country_are_refused_the_secretariats_pages(string role, string path)
    {
        var client = await platform.ClientAsync(role);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Surveys_are_in_the_navigation_of_the_secretariat_and_focal_points_only()
    {
        foreach (var (role, shown) in new[] { (Roles.Analyst, true), (Roles.FocalPoint, true), (Roles.Viewer, false) })
        {
            var html = await (await platform.ClientAsync(role)).GetStringAsync(new Uri("/", UriKind.Relative), Cancellation);

            Assert.True(shown == html.Contains("href=\"surveys\"", StringComparison.Ordinal), $"{role}: Surveys link shown is not {shown}");
        }
    }

    [Fact]
    public async Task Filters_narrow_the_table_and_the_counts_stay_those_of_the_round()
    {
        var analyst = await platform.ClientAsync(Roles.Analyst);
        var europe = await CountriesOfRoundInAsync(Review, "Europe");

        var all = await analyst.GetStringAsync(new Uri($"/surveys/{Review}", UriKind.Relative), Cancellation);
        var government = await analyst.GetStringAsync(new Uri($"/surveys/{Review}?instrument=government-survey", UriKind.Relative), Cancellation);
        var highIncomeGovernment = await analyst.GetStringAsync(new Uri($"/surveys/{Review}?instrument=government-survey&income=H", UriKind.Relative), Cancellation);
        var inEurope = await analyst.GetStringAsync(new Uri($"/surveys/{Review}?region=Europe", UriKind.Relative), Cancellation);
        var drafts = await analyst.GetStringAsync(new Uri($"/surveys/{Review}?status=draft", UriKind.Relative), Cancellation);

        Assert.Equal(42, Rows(all).Count);
        Assert.Equal(17, Rows(government).Count);
        Assert.All(Rows(government), r => Assert.Equal("government-survey", r.Instrument));
        Assert.Equal(15, Rows(highIncomeGovernment).Count);
        Assert.Equal(europe, Rows(inEurope).Select(r => r.Country).Order(StringComparer.Ordinal));
        Assert.InRange(europe.Count, 1, 41);
        Assert.Empty(Rows(drafts));
        Assert.Contains("No submission matches these filters", drafts, StringComparison.Ordinal);
        Assert.Equal(StatusCount(all, "validated"), StatusCount(drafts, "validated"));
        Assert.Equal(42, StatusCount(drafts, "validated"));
        Assert.Contains("data-testid=\"filter-instrument\" data-value=\"government-survey\"", government, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_round_lists_its_states_with_progress_and_links_to_each_questionnaire()
    {
        var analyst = await platform.ClientAsync(Roles.Analyst);

        var html = await analyst.GetStringAsync(new Uri($"/surveys/{Open}", UriKind.Relative), Cancellation);
        var drafts = await analyst.GetStringAsync(new Uri($"/surveys/{Open}?status=draft", UriKind.Relative), Cancellation);

        var rows = Rows(html);
        Assert.Equal(6, rows.Count);
        Assert.Equal(3, StatusCount(html, "draft"));
        Assert.Equal(["draft", "draft", "draft"], Rows(drafts).Select(r => r.Status));
        var progress = Progress().Matches(drafts).Select(m => (Answered: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Shown: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(3, progress.Count);
        Assert.All(progress, p => Assert.InRange(p.Answered, 1, p.Shown - 1));
        Assert.Contains("href=\"surveys/2026-self-assessment/KEN/maturity-self-assessment\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"start-submission\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_submission_for_a_country_leads_to_its_questionnaire()
    {
        var analyst = await platform.ClientAsync(Roles.Analyst);

        using var start = await analyst.GetAsync(new Uri($"/surveys/{Open}/start?country=gha&instrument=maturity-self-assessment", UriKind.Relative), Cancellation);
        using var wrong = await analyst.GetAsync(new Uri($"/surveys/{Open}/start?country=GHA&instrument=government-survey", UriKind.Relative), Cancellation);

        Assert.Equal("/surveys/2026-self-assessment/GHA/maturity-self-assessment", start.Headers.Location!.ToString());
        Assert.Equal("/surveys/2026-self-assessment?error=start", wrong.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_secretariat_closes_an_open_round_is_refused_publishing_it_directly_and_both_are_said()
    {
        await using var own = new DemoPlatformFactory();
        var analyst = await own.SignInAsync(Account(Roles.Analyst), DemoAccounts.Password);

        using var published = await PostStatusAsync(analyst, Open, "published");
        Assert.Equal("/surveys?error=state#round-2026-self-assessment", published.Headers.Location!.ToString());
        var refused = await analyst.GetStringAsync(new Uri("/surveys?error=state", UriKind.Relative), Cancellation);
        Assert.Contains("2026 self-assessment is open and cannot become published directly", refused, StringComparison.Ordinal);
        Assert.Equal("Open", SurveyMarkup.Text(RoundCards(refused)[Open], "data-testid=\"round-status\""));
        // The reason is shown once, not carried by the address.
        Assert.DoesNotContain("cannot become published", await analyst.GetStringAsync(new Uri("/surveys?error=state", UriKind.Relative), Cancellation), StringComparison.Ordinal);

        using var closed = await PostStatusAsync(analyst, Open, "closed");
        Assert.Equal("/surveys?done=closed#round-2026-self-assessment", closed.Headers.Location!.ToString());
        var after = await analyst.GetStringAsync(new Uri("/surveys?done=closed", UriKind.Relative), Cancellation);
        Assert.Equal("Closed", SurveyMarkup.Text(RoundCards(after)[Open], "data-testid=\"round-status\""));
        Assert.Equal(["open", "published"], Steps(RoundCards(after)[Open]));
        Assert.StartsWith("The round is closed", SurveyMarkup.Text(after, "data-testid=\"done\""), StringComparison.Ordinal);

        using var scope = own.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        var entry = Assert.Single(await db.AuditEntries.Where(a => a.Action == AuditActions.RoundChanged).ToListAsync(Cancellation));
        Assert.Equal((Open, "Open", "Closed", Account(Roles.Analyst)), (entry.Subject, entry.OldValue, entry.NewValue, entry.Actor));
    }

    [Fact]
    public async Task Focal_points_and_viewers_cannot_change_a_rounds_status()
    {
        foreach (var role in new[] { Roles.FocalPoint, Roles.Viewer })
        {
            var client = await platform.ClientAsync(role);

            using var response = await PostStatusAsync(client, Open, "closed");

            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var analyst = await platform.ClientAsync(Roles.Analyst);
        Assert.Equal("Open", SurveyMarkup.Text(RoundCards(await analyst.GetStringAsync(new Uri("/surveys", UriKind.Relative), Cancellation))[Open], "data-testid=\"round-status\""));
    }

    [Fact]
    public async Task The_survey_lists_read_no_countrys_answers_so_they_write_no_audit_row()
    {
        var analyst = await platform.ClientAsync(Roles.Analyst);
        var before = await AuditCountAsync();

        foreach (var path in new[] { "/surveys", $"/surveys/{Open}", $"/surveys/{Open}?status=draft", $"/surveys/{Open}/transfer" })
        {
            using var response = await analyst.GetAsync(new Uri(path, UriKind.Relative), Cancellation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before, await AuditCountAsync());
    }

    private async Task<int> AuditCountAsync()
    {
        using var scope = platform.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MnrDbContext>().AuditEntries.CountAsync(a => a.Action == AuditActions.UnitDataRead, Cancellation);
    }

    private static string Account(string role) => DemoAccounts.All.Single(a => a.Role == role).Email;

    private static async Task<HttpResponseMessage> PostStatusAsync(HttpClient client, string round, string status)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await PlatformFactory.TokenAsync(client, "/"),
            ["status"] = status,
        };
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri($"/surveys/{round}/status", UriKind.Relative), content, Cancellation);
    }

    private async Task<List<string>> CountriesOfRoundInAsync(string round, string region)
    {
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        var roundId = await db.SurveyRounds.Where(r => r.Code == round).Select(r => r.Id).SingleAsync(Cancellation);
        var countries = await db.Submissions.Where(s => s.RoundId == roundId).Select(s => s.CountryIso3).ToListAsync(Cancellation);
        return [.. (await db.Countries.Where(c => c.Region == region).Select(c => c.Iso3).ToListAsync(Cancellation))
            .Where(countries.Contains).Order(StringComparer.Ordinal)];
    }

    /// <summary>Each round card's HTML by round code, in page order.</summary>
    private static Dictionary<string, string> RoundCards(string html)
    {
        var starts = RoundCard().Matches(html).ToList();
        return starts.Select((m, i) => (m.Groups[1].Value, html[m.Index..(i + 1 < starts.Count ? starts[i + 1].Index : html.Length)]))
            .ToDictionary(x => x.Item1, x => x.Item2);
    }

    private static List<string> Steps(string card) => [.. Step().Matches(card).Select(m => m.Groups[1].Value)];

    private static List<(string Country, string Instrument, string Status)> Rows(string html) =>
        [.. SubmissionRow().Matches(html).Select(m => (m.Groups["country"].Value, m.Groups["instrument"].Value, m.Groups["status"].Value))];

    private static int StatusCount(string html, string status)
    {
        var match = Regex.Match(html, $"data-testid=\"status-count\" data-status=\"{status}\"[^>]*>.*?data-testid=\"count\"[^>]*>(\\d+)<", RegexOptions.Singleline);
        Assert.True(match.Success, $"no count for {status}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("data-testid=\"round\" data-round=\"([^\"]+)\"")]
    private static partial Regex RoundCard();

    [GeneratedRegex("data-testid=\"step-(open|closed|published)\"")]
    private static partial Regex Step();

    [GeneratedRegex("data-testid=\"submission\" data-country=\"(?<country>[A-Z]{3})\" data-instrument=\"(?<instrument>[^\"]+)\" data-status=\"(?<status>[a-z]+)\"")]
    private static partial Regex SubmissionRow();

    [GeneratedRegex("data-testid=\"questionnaire\" data-round=\"(?<round>[^\"]+)\" data-instrument=\"(?<instrument>[^\"]+)\"")]
    private static partial Regex QuestionnaireRow();

    [GeneratedRegex("href=\"surveys/[^/\"]+/(?<country>[A-Z]{3})/[^\"]+\"")]
    private static partial Regex QuestionnaireLink();

    [GeneratedRegex("data-testid=\"progress\" data-answered=\"(\\d+)\" data-shown=\"(\\d+)\"")]
    private static partial Regex Progress();

    /// <summary>One demo platform for the class, with a signed-in client per role.</summary>
    public sealed class Platform : DemoPlatformFactory
    {
        private readonly Dictionary<string, HttpClient> clients = [];
        private readonly SemaphoreSlim gate = new(1, 1);

        public async Task<HttpClient> ClientAsync(string role)
        {
            await gate.WaitAsync(TestContext.Current.CancellationToken);
            try
            {
                if (!clients.TryGetValue(role, out var client))
                {
                    client = await SignInAsync(Account(role), DemoAccounts.Password);
                    clients[role] = client;
                }

                return client;
            }
            finally
            {
                gate.Release();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                gate.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
