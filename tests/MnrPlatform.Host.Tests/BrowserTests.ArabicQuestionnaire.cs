using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MnrPlatform.Core.Access;
using MnrPlatform.Core.Localization;
using MnrPlatform.Data;
using MnrPlatform.Data.Entities;
using MnrPlatform.Host.Resources;
using MnrPlatform.TestSupport;

namespace MnrPlatform.Host.Tests;

/// <summary>
/// The Arabic journey: a focal point chooses Arabic in the language menu, reads the question in
/// Arabic right to left, answers it, submits, and sees the Arabic confirmation.
/// </summary>
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task A_focal_point_chooses_arabic_answers_and_submits_and_reads_the_confirmation_in_arabic(int width)
    {
        var round = await OpenRounds.AddAsync(factory, $"arabic-{width}");
        await AnswerAllRequiredButAsync(round, LeadershipPhase);
        var questionnaire = new Uri(baseAddress, $"surveys/{round}/KEN/{OpenRounds.Instrument}").ToString();
        var arabic = JsonSerializer.Deserialize<Dictionary<string, string>>(
            await File.ReadAllTextAsync(Repository.Path("plugins", "MnrPlatform.Domains.Policy", "Translations", "ar.json"), TestContext.Current.CancellationToken))!;
        var question = OpenRounds.Questionnaire(factory).Question(LeadershipPhase)!;
        var (page, problems, _) = await OpenPageAsync(width);
        await SignInAsDemoAsync(page, Roles.FocalPoint);
        await OpenQuestionnaireAsync(page, questionnaire);
        try
        {
            await ChooseLanguageAsync(page, "ar");
            await page.WaitForSelectorAsync("[data-testid=questionnaire][data-interactive=true]");

            Assert.Equal(1, await page.Locator(".mud-application-layout-rtl").CountAsync());
            Assert.Equal(arabic[question.Text.English], (await page.Locator($"[data-question='{LeadershipPhase}'] legend").TextContentAsync())?.Trim());
            Assert.Equal("rtl", await page.EvaluateAsync<string>("s => getComputedStyle(document.querySelector(s)).direction", $"[data-question='{LeadershipPhase}'] fieldset"));
            await page.Locator($"[data-question='{LeadershipPhase}']").ScrollIntoViewIfNeededAsync();
            await ScreenshotAsync(page, $"questionnaire-arabic-question-{width}", fullPage: false);

            await AnswerAsync(page, LeadershipPhase, () => page.CheckAsync(Input(LeadershipPhase, "3")));
            Assert.Equal(InArabic("Save.Saved"), (await page.Locator(SaveState(LeadershipPhase)).TextContentAsync())?.Trim());

            await page.ClickAsync("[data-testid=submit]");
            await WaitForStatusAsync(page, new ResourceText(typeof(SurveyText)).Get("Submission.Status.Submitted", CultureInfo.GetCultureInfo("ar")));
            Assert.Equal(InArabic("Done.submitted"), (await page.Locator("[data-testid=done]").TextContentAsync())?.Trim());
            await page.Locator("[data-testid=done]").ScrollIntoViewIfNeededAsync();
            await ScreenshotAsync(page, $"questionnaire-arabic-submitted-{width}", fullPage: false);
            await ScreenshotAsync(page, $"questionnaire-arabic-submitted-full-{width}");
            Assert.Empty(Seen(problems));
        }
        finally
        {
            // The choice is the demo account's: give it back its English for the other tests.
            await ChooseLanguageAsync(page, "en");
        }
    }

    // The questionnaire's words as the Arabic resource file has them (not the English fallback).
    private static string InArabic(string key)
    {
        var arabic = new ResourceText(typeof(QuestionnaireText)).Get(key, CultureInfo.GetCultureInfo("ar"));
        Assert.NotEqual(new ResourceText(typeof(QuestionnaireText)).Get(key, CultureInfo.InvariantCulture), arabic);
        return arabic;
    }

    private static async Task ChooseLanguageAsync(IPage page, string culture)
    {
        var address = new Uri(page.Url).AbsolutePath;
        await page.ClickAsync("[data-testid=language-menu] summary");
        await Task.WhenAll(
            page.WaitForURLAsync(url => new Uri(url).AbsolutePath == address, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load }),
            page.ClickAsync($"[data-testid=language-menu] [data-culture={culture}]"));
        await page.WaitForSelectorAsync($"html[lang={culture}]");
    }

    // Kenya's draft with every required answer but one, so the journey answers one question and can submit.
    private async Task AnswerAllRequiredButAsync(string round, string questionId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MnrDbContext>();
        var roundId = await db.SurveyRounds.Where(r => r.Code == round).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
        var submission = new Submission { RoundId = roundId, CountryIso3 = "KEN", InstrumentCode = OpenRounds.Instrument, Status = SubmissionStatus.Draft, UpdatedAt = DateTimeOffset.UtcNow };
        foreach (var question in OpenRounds.Questionnaire(factory).Missing(new Dictionary<string, string>()).Where(q => q.Id != questionId))
        {
            submission.Answers.Add(new Answer { QuestionId = question.Id, Value = "2", SetBy = "KEN focal point (test)", SetAt = DateTimeOffset.UtcNow });
        }

        db.Submissions.Add(submission);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
