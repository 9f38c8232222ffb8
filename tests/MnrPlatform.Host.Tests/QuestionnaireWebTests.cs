using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Data.Accounts;
using MnrPlatform.Data.Entities;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The questionnaire page and its form posts through the real host: a focal point answers its own
/// country's questionnaire in an open round, the secretariat reviews it; nobody else sees it.
/// </summary>
public sealed class QuestionnaireWebTests(QuestionnaireWebTests.Platform platform) : IClassFixture<QuestionnaireWebTests.Platform>
{
    private const string KenyaLeadershipPhase = "policy.leadership.maturity.phase";
    private const string KenyaLeadershipPlan = "policy.leadership.maturity.plan";
    private const string KenyaLeadershipTarget = "policy.leadership.maturity.target-phase";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>One demo platform for the class; each test opens a round of its own.</summary>
    public sealed class Platform : DemoPlatformFactory;

    private async Task<(QuestionnaireClient Kenya, string Round)> KenyaInNewRoundAsync()
    {
        var round = await OpenRounds.AddAsync(platform, $"open-{Guid.NewGuid():N}"[..16]);
        return (new QuestionnaireClient(await platform.SignInAsAsync(Roles.FocalPoint), round), round);
    }

    private async Task<List<Answer>> StoredAnswersAsync(string round)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        return await db.Answers.AsNoTracking()
            .Where(a => db.Submissions.Any(s => s.Id == a.SubmissionId && s.CountryIso3 == "KEN" && db.SurveyRounds.Any(r => r.Id == s.RoundId && r.Code == round)))
            .ToListAsync(Cancellation);
    }

    private IEnumerable<KeyValuePair<string, string>> AllRequiredPhases(string phase = "2") =>
        OpenRounds.Questionnaire(platform).Missing(new Dictionary<string, string>()).SelectMany(q => QuestionnaireClient.Answer(q.Id, phase));

    [Fact]
    public async Task The_page_shows_the_instruments_questions_by_domain_with_the_phase_descriptors()
    {
        var (kenya, _) = await KenyaInNewRoundAsync();
        var questionnaire = OpenRounds.Questionnaire(platform);

        var html = await kenya.PageAsync();

        var sections = Regex.Matches(html, "data-testid=\"section\" data-domain=\"([a-z-]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(questionnaire.Domains.Select(d => d.Domain.Code), sections);
        Assert.Equal(6, sections.Count);
        var phaseQuestions = Regex.Count(html, "data-question=\"[a-z.-]+\\.maturity\\.phase\"");
        Assert.Equal(questionnaire.Questions.Count(q => q.Id.EndsWith(".maturity.phase", StringComparison.Ordinal)), phaseQuestions);
        var helpline = questionnaire.Domains.SelectMany(d => d.Capabilities).Single(c => c.Capability.Code == "child-helpline").Capability;
        for (var phase = 1; phase <= 4; phase++)
        {
            Assert.Contains(WebUtility.HtmlEncode(helpline.Phases[phase].English), html, StringComparison.Ordinal);
        }

        Assert.Contains("id=\"a-victim.child-helpline.maturity.phase-4\"", html, StringComparison.Ordinal);
        Assert.Equal("Draft", QuestionnaireClient.StatusIn(html));
        Assert.Matches("data-testid=\"overall-progress\"[^>]*>0 of " + questionnaire.Domains.Sum(d => d.Questions.Count(q => q.ShownWhen is null)) + " answered<", html);
        // The action plan waits for its "yes".
        Assert.DoesNotContain($"data-question=\"{KenyaLeadershipTarget}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_questions_offer_dont_know_and_not_applicable_only_where_allowed()
    {
        var round = await OpenRounds.AddAsync(platform, $"gov-{Guid.NewGuid():N}"[..16], "government-survey");
        var kenya = new QuestionnaireClient(await platform.SignInAsAsync(Roles.FocalPoint), round, instrument: "government-survey");

        var html = await kenya.PageAsync();

        foreach (var code in new[] { "yes", "no", "dont-know", "not-applicable" })
        {
            Assert.Contains($"id=\"a-victim.child-helpline.review.in-place-{code}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains(">Don't know</span>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("maturity.phase", html, StringComparison.Ordinal);
        using var saved = await kenya.PostAnswersAsync(QuestionnaireClient.Answer("victim.child-helpline.review.in-place", "dont-know"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Matches("id=\"a-victim\\.child-helpline\\.review\\.in-place-dont-know\"[^>]*checked", await kenya.PageAsync());
    }

    [Fact]
    public async Task Another_countrys_focal_point_and_a_viewer_are_refused_and_an_unknown_round_is_not_found()
    {
        var (kenya, round) = await KenyaInNewRoundAsync();
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
                PlatformPrincipal.System("test"), new NewAccount($"gha-{round}@example.org", Roles.FocalPoint, "GHA", "ghana-focal-point-password"), Cancellation);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        }

        var ghana = new QuestionnaireClient(await platform.SignInAsync($"gha-{round}@example.org", "ghana-focal-point-password"), round);
        var viewer = new QuestionnaireClient(await platform.SignInAsAsync(Roles.Viewer), round);

        foreach (var refused in new[] { ghana, viewer })
        {
            using var response = await refused.GetAsync();
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        using (var own = await new QuestionnaireClient(await platform.SignInAsync($"gha-{round}@example.org", "ghana-focal-point-password"), round, "GHA").GetAsync())
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        using var unknown = await new QuestionnaireClient(await platform.SignInAsAsync(Roles.FocalPoint), "no-such-round").GetAsync();
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Page not found", await unknown.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await kenya.GetAsync()).StatusCode);
    }

    [Fact]
    public async Task Saving_keeps_the_answers_with_comment_and_evidence_and_the_page_shows_them()
    {
        var (kenya, round) = await KenyaInNewRoundAsync();

        using var saved = await kenya.PostAnswersAsync([
            .. QuestionnaireClient.Answer(KenyaLeadershipPhase, "3", "A national strategy since 2022", "https://example.org/strategy"),
            .. QuestionnaireClient.Answer("policy.leadership.maturity.evidence", "The 2022 national strategy"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("done=saved", saved.Headers.Location!.ToString(), StringComparison.Ordinal);
        var answer = Assert.Single(await StoredAnswersAsync(round), a => a.QuestionId == KenyaLeadershipPhase);
        Assert.Equal(("3", "A national strategy since 2022", "https://example.org/strategy", "focal.point@demo.invalid"), (answer.Value, answer.Comment, answer.EvidenceUrl, answer.SetBy));

        var html = await kenya.PageAsync();
        Assert.Matches($"id=\"a-{Regex.Escape(KenyaLeadershipPhase)}-3\"[^>]*checked", html);
        Assert.Contains("A national strategy since 2022</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"domain-progress\" data-domain=\"policy\"", html, StringComparison.Ordinal);
        Assert.Contains("The 2022 national strategy</textarea>", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"overall-progress\"[^>]*>2 of", html);
    }

    [Fact]
    public async Task An_invalid_value_is_shown_beside_its_field_with_what_was_typed_and_nothing_is_saved()
    {
        var (kenya, round) = await KenyaInNewRoundAsync();

        using var refused = await kenya.PostAnswersAsync([
            .. QuestionnaireClient.Answer(KenyaLeadershipPhase, "2"),
            .. QuestionnaireClient.Answer("policy.legislation.maturity.phase", "3", evidence: "www.example.org/law"),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(Cancellation);
        Assert.Matches("id=\"error-policy\\.legislation\\.maturity\\.phase\" data-testid=\"field-error\"[^>]*>The evidence link is not a web address", html);
        Assert.Contains("value=\"www.example.org/law\"", html, StringComparison.Ordinal);
        Assert.Matches("aria-describedby=\"help-policy\\.legislation\\.maturity\\.phase error-policy\\.legislation\\.maturity\\.phase\"", html);
        Assert.Matches($"id=\"a-{Regex.Escape(KenyaLeadershipPhase)}-2\"[^>]*checked", html);
        Assert.Contains("Nothing was saved", html, StringComparison.Ordinal);
        Assert.Empty(await StoredAnswersAsync(round));
    }

    [Fact]
    public async Task Submitting_is_refused_while_required_answers_are_missing_and_the_page_says_how_many()
    {
        var (kenya, round) = await KenyaInNewRoundAsync();
        var required = OpenRounds.Questionnaire(platform).Missing(new Dictionary<string, string>()).Count;

        using var refused = await kenya.PostAnswersAsync(QuestionnaireClient.Answer(KenyaLeadershipPhase, "2"), action: "submit");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains($"Your answers are saved, but not sent: {required - 1} required answers are missing", html, StringComparison.Ordinal);
        Assert.Equal("Draft", QuestionnaireClient.StatusIn(html));
        Assert.Single(await StoredAnswersAsync(round));
    }

    [Fact]
    public async Task Query_reply_resubmit_and_validate_each_show_where_the_answers_are()
    {
        var (kenya, round) = await KenyaInNewRoundAsync();
        var analyst = new QuestionnaireClient(await platform.SignInAsAsync(Roles.Analyst), round);
        using (var submitted = await kenya.PostAnswersAsync(AllRequiredPhases(), action: "submit"))
        {
            Assert.Contains("done=submitted", submitted.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        // Submitted answers are with the secretariat: the focal point can no longer change them.
        var submittedPage = await kenya.PageAsync();
        Assert.Equal("Submitted", QuestionnaireClient.StatusIn(submittedPage));
        Assert.DoesNotContain("data-testid=\"save\"", submittedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"review-actions\"", submittedPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"review-actions\"", await analyst.PageAsync(), StringComparison.Ordinal);

        using (var queried = await analyst.PostBelowAsync("query", [new("comment", "Phase 2 for leadership? The strategy was adopted in 2022."), new("questionId", KenyaLeadershipPhase)]))
        {
            Assert.Contains("done=queried", queried.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var queriedPage = await kenya.PageAsync();
        Assert.Equal("Queried", QuestionnaireClient.StatusIn(queriedPage));
        Assert.Matches("data-testid=\"query-text\"[^>]*>" + Regex.Escape("Phase 2 for leadership? The strategy was adopted in 2022.") + "<", queriedPage);
        Assert.Contains("data-testid=\"queried-here\"", queriedPage, StringComparison.Ordinal);

        using (var withoutReply = await kenya.PostAnswersAsync(QuestionnaireClient.Answer(KenyaLeadershipPhase, "3"), action: "submit"))
        {
            Assert.Contains("Reply to the secretariat", await withoutReply.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        }

        using (var resubmitted = await kenya.PostAnswersAsync([.. QuestionnaireClient.Answer(KenyaLeadershipPhase, "3"), new("reply", "Corrected to phase 3.")], action: "submit"))
        {
            Assert.Contains("done=submitted", resubmitted.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var review = await analyst.PageAsync();
        Assert.Equal("Resubmitted", QuestionnaireClient.StatusIn(review));
        Assert.Contains("Corrected to phase 3.", review, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"changed\"", review, StringComparison.Ordinal);

        using (var validated = await analyst.PostBelowAsync("validate", []))
        {
            Assert.Contains("done=validated", validated.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var final = await kenya.PageAsync();
        Assert.Equal("Validated", QuestionnaireClient.StatusIn(final));
        Assert.Equal(["validated", "resubmitted", "queried", "submitted"], Regex.Matches(final, "data-testid=\"history-step\" data-action=\"([a-z]+)\"").Select(m => m.Groups[1].Value));
        Assert.Equal("3", (await StoredAnswersAsync(round)).Single(a => a.QuestionId == KenyaLeadershipPhase).Value);
    }

    [Fact]
    public async Task A_focal_point_cannot_take_the_secretariats_steps()
    {
        var (kenya, _) = await KenyaInNewRoundAsync();
        using (await kenya.PostAnswersAsync(AllRequiredPhases(), action: "submit"))
        {
        }

        foreach (var step in new[] { "validate", "query", "reopen" })
        {
            using var response = await kenya.PostBelowAsync(step, [new("comment", "x")]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal("Submitted", QuestionnaireClient.StatusIn(await kenya.PageAsync()));
    }

    [Fact]
    public async Task A_conditional_question_appears_only_once_its_condition_holds()
    {
        var (kenya, round) = await KenyaInNewRoundAsync();

        using var withoutPlan = await kenya.PostBelowAsync("sections/policy/preview", QuestionnaireClient.Answer(KenyaLeadershipPlan, "no"), htmx: true);
        using var withPlan = await kenya.PostBelowAsync("sections/policy/preview", QuestionnaireClient.Answer(KenyaLeadershipPlan, "yes"), htmx: true);

        var before = await withoutPlan.Content.ReadAsStringAsync(Cancellation);
        var after = await withPlan.Content.ReadAsStringAsync(Cancellation);
        Assert.DoesNotContain($"data-question=\"{KenyaLeadershipTarget}\"", before, StringComparison.Ordinal);
        Assert.Contains($"data-question=\"{KenyaLeadershipTarget}\"", after, StringComparison.Ordinal);
        Assert.StartsWith("<section", after.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("<html", after, StringComparison.Ordinal);
        Assert.Empty(await StoredAnswersAsync(round));
        // Without JavaScript: saved, the page shows the plan's questions.
        Assert.DoesNotContain($"data-question=\"{KenyaLeadershipTarget}\"", await kenya.PageAsync(), StringComparison.Ordinal);
        using (await kenya.PostAnswersAsync(QuestionnaireClient.Answer(KenyaLeadershipPlan, "yes")))
        {
        }

        Assert.Contains($"data-question=\"{KenyaLeadershipTarget}\"", await kenya.PageAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Htmx_saves_one_section_and_returns_it_with_a_saved_note_or_the_refusals()
    {
        var (kenya, round) = await KenyaInNewRoundAsync();

        using var refused = await kenya.PostBelowAsync("sections/policy", QuestionnaireClient.Answer(KenyaLeadershipPhase, "9"), htmx: true);
        var refusedHtml = await refused.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-testid=\"section-refused\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("is not a phase (1 to 4)", refusedHtml, StringComparison.Ordinal);
        Assert.Empty(await StoredAnswersAsync(round));

        // Answers of another domain posted with the form are not this section's to save.
        using var saved = await kenya.PostBelowAsync("sections/policy", [
            .. QuestionnaireClient.Answer(KenyaLeadershipPhase, "4"),
            .. QuestionnaireClient.Answer("victim.child-helpline.maturity.phase", "1"),
        ], htmx: true);
        var savedHtml = await saved.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"section-saved\"", savedHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"progress\" data-testid=\"progress\" hx-swap-oob=\"true\"", savedHtml, StringComparison.Ordinal);
        Assert.Equal([KenyaLeadershipPhase], (await StoredAnswersAsync(round)).Select(a => a.QuestionId));
    }
}
