using Bunit;
using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Questionnaire;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>A section of the interactive questionnaire: questions that depend on an answer appear as soon as it is given.</summary>
public sealed class QuestionnaireSectionTests : MudComponentTest
{
    public QuestionnaireSectionTests() => SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    [Fact]
    public async Task A_conditional_question_appears_as_soon_as_its_condition_holds_and_goes_when_it_no_longer_does()
    {
        var saved = new List<string>();
        var view = QuestionnaireFixture.Draft();
        using var autosave = new AnswerAutosave(view.Answers, (inputs, _) =>
        {
            saved.AddRange(inputs.Select(i => $"{i.Key}={i.Value.Value}"));
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
        });
        var section = Render<QuestionnaireSection>(p => p
            .Add(s => s.View, view)
            .Add(s => s.Answers, autosave)
            .Add(s => s.Domain, view.Questionnaire.Domains.Single(d => d.Domain.Code == "policy"))
            .Add(s => s.OnEdit, EventCallback.Factory.Create<AnswerEdit>(this, autosave.EditAsync)));
        var target = $"[data-question='{QuestionnaireFixture.LeadershipTarget}']";
        Assert.Empty(section.FindAll(target));

        await section.InvokeAsync(() => section.Find($"[id='a-{QuestionnaireFixture.LeadershipPlan}-yes']").Change("yes"));
        section.Render();

        Assert.Single(section.FindAll(target));
        Assert.Equal("saved", section.Find($"[data-question='{QuestionnaireFixture.LeadershipPlan}'] [data-testid=save-state]").GetAttribute("data-state"));
        Assert.Equal([$"{QuestionnaireFixture.LeadershipPlan}=yes"], saved);

        await section.InvokeAsync(() => section.Find($"[id='a-{QuestionnaireFixture.LeadershipPlan}-no']").Change("no"));
        section.Render();
        Assert.Empty(section.FindAll(target));
    }

    [Fact]
    public void The_unsaved_answers_are_listed_with_a_button_that_saves_them_again()
    {
        var view = QuestionnaireFixture.Draft();
        var retried = 0;
        var list = Render<UnsavedAnswers>(p => p
            .Add(u => u.View, view)
            .Add(u => u.QuestionIds, [QuestionnaireFixture.LeadershipPhase, QuestionnaireFixture.LeadershipEvidence])
            .Add(u => u.BaseUrl, "surveys/open-round/KEN/maturity-self-assessment")
            .Add(u => u.OnRetry, EventCallback.Factory.Create(this, () => retried++)));

        Assert.Contains("2 answers are not saved", list.Find("[data-testid=unsaved]").TextContent, StringComparison.Ordinal);
        Assert.Equal(
            [QuestionnaireFixture.LeadershipPhase, QuestionnaireFixture.LeadershipEvidence],
            list.FindAll("[data-testid=unsaved-answer]").Select(a => a.GetAttribute("data-question")));
        list.Find("[data-testid=save-again]").Click();
        Assert.Equal(1, retried);
    }
}
