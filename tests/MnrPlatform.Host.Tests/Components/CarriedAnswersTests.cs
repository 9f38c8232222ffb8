using Bunit;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Questionnaire;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>
/// Answers carried forward from an earlier round: on the page but not counted until the country
/// confirms them, one by one (saving the same value) or all at once.
/// </summary>
public sealed class CarriedAnswersTests : MudComponentTest
{
    private const string Earlier = "2023-self-assessment";

    private static readonly Dictionary<string, AnswerView> Answers = new(StringComparer.Ordinal)
    {
        [QuestionnaireFixture.LeadershipPhase] = new AnswerView("2", null, null, "fp@example.org", null, 0) { CarriedFrom = Earlier },
        [QuestionnaireFixture.LeadershipPlan] = new AnswerView("no", null, null, "fp@example.org", null, 0) { CarriedFrom = Earlier },
        [QuestionnaireFixture.LeadershipEvidence] = new AnswerView("The national strategy", null, null, "fp@example.org", null, 0),
    };

    private static SubmissionView View() => QuestionnaireFixture.Draft(Answers) with
    {
        CarriedFromRounds = new Dictionary<string, string> { [Earlier] = "2023 self-assessment" },
    };

    [Fact]
    public async Task A_carried_answer_is_shown_but_counts_only_once_it_is_saved_again()
    {
        var saved = new List<IReadOnlyDictionary<string, AnswerInput>>();
        using var autosave = new AnswerAutosave(Answers, (inputs, _) =>
        {
            saved.Add(inputs);
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
        });

        Assert.Equal("2", autosave.Values[QuestionnaireFixture.LeadershipPhase]);
        Assert.Equal([QuestionnaireFixture.LeadershipEvidence], autosave.Stored.Keys);

        await autosave.EditAsync(new AnswerEdit(QuestionnaireFixture.LeadershipPhase, autosave.Input(QuestionnaireFixture.LeadershipPhase), Typed: false));

        Assert.Equal("2", Assert.Single(saved)[QuestionnaireFixture.LeadershipPhase].Value);
        Assert.Equal("2", autosave.Stored[QuestionnaireFixture.LeadershipPhase]);
        Assert.False(autosave.Stored.ContainsKey(QuestionnaireFixture.LeadershipPlan));
    }

    [Fact]
    public void The_view_counts_confirmed_answers_only()
    {
        Assert.Equal([QuestionnaireFixture.LeadershipEvidence], View().ConfirmedValues.Keys);
        Assert.Equal(3, View().Values.Count);
    }

    [Fact]
    public void The_banner_says_how_many_wait_and_from_which_round_and_confirms_them_all()
    {
        var confirmed = 0;
        var banner = Render<CarriedAnswersBanner>(p => p
            .Add(b => b.View, View())
            .Add(b => b.Stored, View().ConfirmedValues)
            .Add(b => b.OnConfirmAll, () => confirmed++));

        Assert.Contains("2 answers were carried forward from 2023 self-assessment", banner.Find("[data-testid=carried-answers]").TextContent, StringComparison.Ordinal);
        banner.Find("[data-testid=confirm-all-carried]").Click();
        Assert.Equal(1, confirmed);
    }

    [Fact]
    public void The_banner_is_gone_once_every_carried_answer_is_saved()
    {
        var stored = new Dictionary<string, string>(View().Values, StringComparer.Ordinal);

        var banner = Render<CarriedAnswersBanner>(p => p.Add(b => b.View, View()).Add(b => b.Stored, stored));

        Assert.Empty(banner.FindAll("[data-testid=carried-answers]"));
    }
}
