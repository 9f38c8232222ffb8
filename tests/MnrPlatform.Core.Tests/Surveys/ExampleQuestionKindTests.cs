using MnrPlatform.Core.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Surveys;

/// <summary>An example question (SDK 1.3) is asked in the questionnaire but is never an answer.</summary>
public sealed class ExampleQuestionKindTests
{
    private static readonly QuestionInfo InPlace = new()
    {
        Id = "victim.support.review.in-place",
        CapabilityCode = "support",
        Text = "Is there integrated support?",
        Kind = QuestionKind.YesNo,
        Instruments = ["government-survey"],
    };

    private static readonly QuestionInfo Example = new()
    {
        Id = "victim.support.review.example",
        CapabilityCode = "support",
        Text = "Share an example, e.g. a Barnahus.",
        Kind = QuestionKind.Example,
        Required = false,
        Instruments = ["government-survey"],
    };

    private static readonly Questionnaire Survey = Questionnaire.Of("government-survey",
    [
        new QuestionnaireDomain(
            new DomainInfo("victim", "Victim", "Support.", 3),
            [new QuestionnaireCapability(new CapabilityInfo("support", 8, "End-to-end support", "Joined-up.", "Why.", new MaturityDescriptors("1", "2", "3", "4")), [InPlace, Example])]),
    ]);

    [Fact]
    public void A_value_for_an_example_question_is_refused_saying_where_examples_go()
    {
        var check = AnswerRules.Normalize(Example, "We opened a Barnahus.");

        Assert.True(check.IsInvalid);
        Assert.Equal(AnswerRules.ExampleIsNoAnswer, check.Error);
        Assert.Contains("library of good practice", check.Error, StringComparison.Ordinal);
        Assert.True(AnswerRules.Normalize(Example, " ").IsBlank);
    }

    [Fact]
    public void Progress_and_missing_answers_leave_the_example_question_out()
    {
        var answered = new Dictionary<string, string> { [InPlace.Id] = AnswerCodes.Yes };

        var progress = Assert.Single(Survey.Progress(answered));

        Assert.Equal((1, 1), (progress.Answered, progress.Shown));
        Assert.Empty(Survey.Missing(answered));
        Assert.True(Survey.IsShown(Example, answered));
    }

    [Fact]
    public void A_frozen_questionnaire_keeps_the_example_kind()
    {
        var read = QuestionnaireSnapshot.Read(QuestionnaireSnapshot.Write(Survey));

        var question = read.Question(Example.Id);
        Assert.Equal((QuestionKind.Example, false), (question!.Kind, question.Required));
    }
}
