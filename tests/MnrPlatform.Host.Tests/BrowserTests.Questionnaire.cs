using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MnrPlatform.Core.Access;
using MnrPlatform.Data;
using MnrPlatform.Host.Components.Questionnaire;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The questionnaire in a circuit: each answer saved as it changes and there after a reload,
/// conditional questions appearing at once; a focal point submits, the secretariat queries, the
/// country replies, the secretariat validates.
/// </summary>
public sealed partial class BrowserTests
{
    private const string LeadershipPhase = "policy.leadership.maturity.phase";
    private const string LeadershipPlan = "policy.leadership.maturity.plan";
    private const string LeadershipTarget = "policy.leadership.maturity.target-phase";
    private const string LeadershipActions = "policy.leadership.maturity.actions";
    private const string LeadershipEvidence = "policy.leadership.maturity.evidence";

    private static string Input(string questionId, string value) => $"[id='a-{questionId}-{value}']";

    private static string SaveState(string questionId) => $"[data-question='{questionId}'] [data-testid=save-state]";

    /// <summary>Opens the questionnaire and waits until its circuit runs (before that, a change reaches nobody).</summary>
    private static async Task OpenQuestionnaireAsync(IPage page, string url)
    {
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForSelectorAsync("[data-testid=questionnaire][data-interactive=true]");
    }

    /// <summary>Changes an answer and waits until the page says it is saved (a save of its own, not an earlier one).</summary>
    private static async Task AnswerAsync(IPage page, string questionId, Func<Task> change)
    {
        await page.EvaluateAsync("selector => { const s = document.querySelector(selector); if (s) s.dataset.state = 'stale'; }", SaveState(questionId));
        await change();
        await page.WaitForSelectorAsync($"{SaveState(questionId)}[data-state=saved]");
    }

    private static async Task WaitForStatusAsync(IPage page, string status) =>
        await page.Locator("[data-testid=submission-status]", new PageLocatorOptions { HasTextString = status }).WaitForAsync();

    private async Task<int> QuestionnaireReadsAsync(string round)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var subject = $"questionnaire {round}/KEN/{OpenRounds.Instrument}";
        return await scope.ServiceProvider.GetRequiredService<MnrDbContext>().AuditEntries.CountAsync(e => e.Subject == subject, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_focal_point_sees_each_answer_saved_as_it_changes_and_finds_it_after_a_reload(int width)
    {
        var round = await OpenRounds.AddAsync(factory, $"autosave-{width}");
        var questionnaire = new Uri(baseAddress, $"surveys/{round}/KEN/{OpenRounds.Instrument}").ToString();
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.FocalPoint);
        await OpenQuestionnaireAsync(page, questionnaire);

        // A choice is saved at once; typing once it pauses.
        await AnswerAsync(page, LeadershipPhase, () => page.CheckAsync(Input(LeadershipPhase, "2")));
        Assert.Equal("Saved", (await page.Locator(SaveState(LeadershipPhase)).TextContentAsync())?.Trim());
        await AnswerAsync(page, LeadershipEvidence, () => page.FillAsync($"[id='a-{LeadershipEvidence}']", "The 2022 national strategy"));

        // The action plan's questions appear as soon as the plan is answered "yes".
        Assert.Equal(0, await page.Locator($"[data-question='{LeadershipTarget}']").CountAsync());
        await AnswerAsync(page, LeadershipPlan, () => page.CheckAsync(Input(LeadershipPlan, "yes")));
        await page.Locator($"[data-question='{LeadershipTarget}']").WaitForAsync();
        await AnswerAsync(page, LeadershipTarget, () => page.CheckAsync(Input(LeadershipTarget, "3")));
        Assert.StartsWith("4 of", (await page.Locator("#section-policy [data-testid=section-progress]").TextContentAsync())?.Trim() ?? "", StringComparison.Ordinal);
        await page.Locator($"[data-question='{LeadershipTarget}']").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, $"questionnaire-autosaved-{width}", fullPage: false);

        // A reload finds them all.
        await OpenQuestionnaireAsync(page, questionnaire);
        Assert.True(await page.IsCheckedAsync(Input(LeadershipPhase, "2")));
        Assert.True(await page.IsCheckedAsync(Input(LeadershipPlan, "yes")));
        Assert.True(await page.IsCheckedAsync(Input(LeadershipTarget, "3")));
        Assert.Equal("The 2022 national strategy", await page.InputValueAsync($"[id='a-{LeadershipEvidence}']"));
        Assert.Equal(0, await page.Locator("[data-testid=unsaved]").CountAsync());
        Assert.Empty(Seen(problems));
    }

    [Fact]
    public async Task A_focal_point_answers_and_submits_the_secretariat_queries_the_country_replies_and_the_secretariat_validates()
    {
        var round = await OpenRounds.AddAsync(factory, "2025-journey");
        var questionnaire = new Uri(baseAddress, $"surveys/{round}/KEN/{OpenRounds.Instrument}").ToString();
        var (country, countryProblems, _) = await OpenPageAsync();
        var (secretariat, secretariatProblems, _) = await OpenPageAsync();

        // The focal point answers the policy section and sets an action plan; each answer is saved as it is given.
        await SignInAsDemoAsync(country, Roles.FocalPoint);
        await OpenQuestionnaireAsync(country, questionnaire);
        Assert.Equal("Draft", (await country.Locator("[data-testid=submission-status]").TextContentAsync())?.Trim());
        await AnswerAsync(country, LeadershipPhase, () => country.CheckAsync(Input(LeadershipPhase, "2")));
        await AnswerAsync(country, LeadershipPlan, () => country.CheckAsync(Input(LeadershipPlan, "yes")));
        await AnswerAsync(country, LeadershipTarget, () => country.CheckAsync(Input(LeadershipTarget, "3")));
        await AnswerAsync(country, LeadershipActions, () => country.FillAsync($"[id='a-{LeadershipActions}']", "Adopt the national strategy; fund the coordination unit."));
        var shown = OpenRounds.Questionnaire(factory).Progress(new Dictionary<string, string> { [LeadershipPlan] = "yes" }).Single(p => p.DomainCode == "policy").Shown;
        Assert.Equal($"4 of {shown} answered", (await country.Locator("#section-policy [data-testid=section-progress]").TextContentAsync())?.Trim());
        Assert.StartsWith("4 of", (await country.Locator("[data-testid=overall-progress]").TextContentAsync())?.Trim() ?? "", StringComparison.Ordinal);
        await ScreenshotAsync(country, "questionnaire-section-saved", fullPage: false);

        // Leaving and coming back: the answers are still there.
        await country.GotoAsync(baseAddress.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await OpenQuestionnaireAsync(country, questionnaire);
        Assert.True(await country.IsCheckedAsync(Input(LeadershipPhase, "2")));
        Assert.True(await country.IsCheckedAsync(Input(LeadershipTarget, "3")));
        Assert.Equal("Adopt the national strategy; fund the coordination unit.", await country.InputValueAsync($"[id='a-{LeadershipActions}']"));

        // It completes every required answer and submits.
        foreach (var question in OpenRounds.Questionnaire(factory).Missing(new Dictionary<string, string> { [LeadershipPhase] = "2" }))
        {
            await AnswerAsync(country, question.Id, () => country.CheckAsync(Input(question.Id, "2")));
        }

        await country.ClickAsync("[data-testid=submit]");
        await WaitForStatusAsync(country, "Submitted");
        Assert.Equal(1, await country.Locator("[data-testid=done]").CountAsync());
        Assert.Equal(0, await country.Locator("[data-testid=submit]").CountAsync());

        // The analyst opens the submission (read and audited once, though the page renders twice) and queries it about one question.
        await SignInAsDemoAsync(secretariat, Roles.Analyst);
        var readsBefore = await QuestionnaireReadsAsync(round);
        await OpenQuestionnaireAsync(secretariat, questionnaire);
        Assert.Equal(readsBefore + 1, await QuestionnaireReadsAsync(round));
        Assert.Equal("Submitted", (await secretariat.Locator("[data-testid=submission-status]").TextContentAsync())?.Trim());
        await secretariat.ClickAsync("[data-testid=query]");
        await secretariat.FillAsync("#query-comment", "Phase 2 for leadership? The strategy was adopted in 2022; please check.");
        await secretariat.ClickAsync(".mud-dialog [data-testid=query-question]");
        var about = QueryDialog.Short(OpenRounds.Questionnaire(factory).Question(LeadershipPhase)!.Text.English);
        await secretariat.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasTextString = about }).First.ClickAsync();
        await ScreenshotAsync(secretariat, "questionnaire-query-dialog", fullPage: false);
        await secretariat.ClickAsync("[data-testid=query-send]");
        await WaitForStatusAsync(secretariat, "Queried");

        // The focal point sees the query, changes the answer, replies and submits again.
        await OpenQuestionnaireAsync(country, questionnaire);
        Assert.Contains("The strategy was adopted in 2022", await country.Locator("[data-testid=open-query]").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await country.Locator($"[data-question='{LeadershipPhase}'] [data-testid=queried-here]").CountAsync());
        await ScreenshotAsync(country, "questionnaire-queried", fullPage: false);
        await country.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(country, "questionnaire-queried-phone", fullPage: false);
        await country.Locator($"[data-question='{LeadershipPhase}']").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(country, "questionnaire-question-phone", fullPage: false);
        await country.SetViewportSizeAsync(1280, 900);
        await AnswerAsync(country, LeadershipPhase, () => country.CheckAsync(Input(LeadershipPhase, "3")));
        await country.FillAsync("#reply", "Corrected to phase 3: the strategy is adopted and funded.");
        await country.ClickAsync("[data-testid=submit]");
        await WaitForStatusAsync(country, "Resubmitted");

        // The analyst sees the reply and validates.
        await OpenQuestionnaireAsync(secretariat, questionnaire);
        Assert.Contains("Corrected to phase 3", await secretariat.Locator("[data-testid=history]").TextContentAsync() ?? "", StringComparison.Ordinal);
        await secretariat.ClickAsync("[data-testid=validate]");
        await secretariat.ClickAsync("[data-testid=confirm-step]");
        await WaitForStatusAsync(secretariat, "Validated");
        await ScreenshotAsync(secretariat, "questionnaire-validated", fullPage: false);

        await OpenQuestionnaireAsync(country, questionnaire);
        Assert.Equal("Validated", (await country.Locator("[data-testid=submission-status]").TextContentAsync())?.Trim());
        Assert.Equal(["validated", "resubmitted", "queried", "submitted"], await country.Locator("[data-testid=history-step]").EvaluateAllAsync<string[]>("steps => steps.map(s => s.dataset.action)"));
        Assert.Empty(Seen(countryProblems));
        Assert.Empty(Seen(secretariatProblems));
    }

    [Fact]
    public async Task A_whole_answered_questionnaire_starts_its_circuit()
    {
        // The Philippines' queried self-assessment answers every question: the state its prerender
        // carries to the circuit is larger than SignalR's default 32 KB message.
        var (page, problems, _) = await OpenPageAsync();
        await SignInAsDemoAsync(page, Roles.Analyst);

        await page.GotoAsync(new Uri(baseAddress, "surveys/2026-self-assessment/PHL/maturity-self-assessment").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        await page.WaitForSelectorAsync("[data-testid=questionnaire][data-interactive=true]", new PageWaitForSelectorOptions { Timeout = 15_000 });
        Assert.Empty(Seen(problems));
    }
}
