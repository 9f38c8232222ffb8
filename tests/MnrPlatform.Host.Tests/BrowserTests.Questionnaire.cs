using Microsoft.Playwright;
using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests;

/// <summary>The questionnaire journey: a focal point answers and submits, the secretariat queries, the country replies, the secretariat validates.</summary>
public sealed partial class BrowserTests
{
    private const string LeadershipPhase = "policy.leadership.maturity.phase";
    private const string LeadershipPlan = "policy.leadership.maturity.plan";
    private const string LeadershipTarget = "policy.leadership.maturity.target-phase";
    private const string LeadershipActions = "policy.leadership.maturity.actions";

    private static string Input(string questionId, string value) => $"[id='a-{questionId}-{value}']";

    [Fact]
    public async Task A_focal_point_answers_and_submits_the_secretariat_queries_the_country_replies_and_the_secretariat_validates()
    {
        var round = await OpenRounds.AddAsync(factory, "2025-journey");
        var questionnaire = new Uri(baseAddress, $"surveys/{round}/KEN/{OpenRounds.Instrument}").ToString();
        var (country, countryProblems, _) = await OpenPageAsync();
        var (secretariat, secretariatProblems, _) = await OpenPageAsync();

        // The focal point answers the policy section, sets an action plan (its questions appear on "yes") and saves the section.
        await SignInAsDemoAsync(country, Roles.FocalPoint);
        await country.GotoAsync(questionnaire, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal("Draft", await country.Locator("[data-testid=submission-status]").TextContentAsync());
        await country.CheckAsync(Input(LeadershipPhase, "2"));
        Assert.Equal(0, await country.Locator($"[data-question='{LeadershipTarget}']").CountAsync());
        await country.RunAndWaitForResponseAsync(() => country.CheckAsync(Input(LeadershipPlan, "yes")), r => r.Url.EndsWith("/sections/policy/preview", StringComparison.Ordinal));
        await country.WaitForSelectorAsync($"[data-question='{LeadershipTarget}']");
        Assert.True(await country.IsCheckedAsync(Input(LeadershipPhase, "2")), "the preview keeps what was chosen");
        await country.CheckAsync(Input(LeadershipTarget, "3"));
        await country.FillAsync($"[id='a-{LeadershipActions}']", "Adopt the national strategy; fund the coordination unit.");
        await country.RunAndWaitForResponseAsync(() => country.ClickAsync("#section-policy [data-testid=save-section]"), r => r.Url.EndsWith("/sections/policy", StringComparison.Ordinal));
        await country.WaitForSelectorAsync("#section-policy [data-testid=section-saved]");
        var shown = OpenRounds.Questionnaire(factory).Progress(new Dictionary<string, string> { [LeadershipPlan] = "yes" }).Single(p => p.DomainCode == "policy").Shown;
        Assert.Equal($"4 of {shown} answered", await country.Locator("#section-policy [data-testid=section-progress]").TextContentAsync());
        Assert.StartsWith("4 of", await country.Locator("[data-testid=overall-progress]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await ScreenshotAsync(country, "questionnaire-section-saved", fullPage: false);

        // Leaving and coming back: the answers are still there.
        await country.GotoAsync(baseAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await country.GotoAsync(questionnaire, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(await country.IsCheckedAsync(Input(LeadershipPhase, "2")));
        Assert.True(await country.IsCheckedAsync(Input(LeadershipTarget, "3")));
        Assert.Equal("Adopt the national strategy; fund the coordination unit.", await country.InputValueAsync($"[id='a-{LeadershipActions}']"));

        // It completes every required answer and submits.
        foreach (var question in OpenRounds.Questionnaire(factory).Missing(new Dictionary<string, string> { [LeadershipPhase] = "2" }))
        {
            await country.CheckAsync(Input(question.Id, "2"));
        }

        await ClickAndLoadAsync(country, "[data-testid=submit]", url => url.Query.Contains("done=submitted", StringComparison.Ordinal));
        Assert.Equal("Submitted", await country.Locator("[data-testid=submission-status]").TextContentAsync());
        Assert.Equal(0, await country.Locator("[data-testid=save]").CountAsync());

        // The analyst opens the submission and queries it about one question.
        await SignInAsDemoAsync(secretariat, Roles.Analyst);
        await secretariat.GotoAsync(questionnaire, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal("Submitted", await secretariat.Locator("[data-testid=submission-status]").TextContentAsync());
        await secretariat.FillAsync("#query-comment", "Phase 2 for leadership? The strategy was adopted in 2022; please check.");
        await secretariat.SelectOptionAsync("#query-question", LeadershipPhase);
        await ClickAndLoadAsync(secretariat, "[data-testid=query]", url => url.Query.Contains("done=queried", StringComparison.Ordinal));
        Assert.Equal("Queried", await secretariat.Locator("[data-testid=submission-status]").TextContentAsync());

        // The focal point sees the query, changes the answer, replies and submits again.
        await country.GotoAsync(questionnaire, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Contains("The strategy was adopted in 2022", await country.Locator("[data-testid=open-query]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await country.Locator($"[data-question='{LeadershipPhase}'] [data-testid=queried-here]").CountAsync());
        await ScreenshotAsync(country, "questionnaire-queried", fullPage: false);
        await country.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(country, "questionnaire-queried-phone", fullPage: false);
        await country.Locator($"[data-question='{LeadershipPhase}']").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(country, "questionnaire-question-phone", fullPage: false);
        await country.SetViewportSizeAsync(1280, 900);
        await country.CheckAsync(Input(LeadershipPhase, "3"));
        await country.FillAsync("#reply", "Corrected to phase 3: the strategy is adopted and funded.");
        await ClickAndLoadAsync(country, "[data-testid=submit]", url => url.Query.Contains("done=submitted", StringComparison.Ordinal));
        Assert.Equal("Resubmitted", await country.Locator("[data-testid=submission-status]").TextContentAsync());

        // The analyst sees the reply and validates.
        await secretariat.GotoAsync(questionnaire, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Contains("Corrected to phase 3", await secretariat.Locator("[data-testid=history]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await ClickAndLoadAsync(secretariat, "[data-testid=validate]", url => url.Query.Contains("done=validated", StringComparison.Ordinal));
        Assert.Equal("Validated", await secretariat.Locator("[data-testid=submission-status]").TextContentAsync());
        await ScreenshotAsync(secretariat, "questionnaire-validated", fullPage: false);

        await country.GotoAsync(questionnaire, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal("Validated", await country.Locator("[data-testid=submission-status]").TextContentAsync());
        Assert.Equal(["validated", "resubmitted", "queried", "submitted"], await country.Locator("[data-testid=history-step]").EvaluateAllAsync<string[]>("steps => steps.map(s => s.dataset.action)"));
        Assert.Empty(Seen(countryProblems));
        Assert.Empty(Seen(secretariatProblems));
    }
}
