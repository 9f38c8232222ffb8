using Bunit;
using Microsoft.AspNetCore.Components;
using MnrPlatform.Data.Surveys.Workflow;
using MnrPlatform.Host.Components.Questionnaire;

namespace MnrPlatform.Host.Tests.Components;

/// <summary>A question's field: whether its answer is saved, the refusal beside it, and what a change hands on.</summary>
public sealed class QuestionFieldTests : MudComponentTest
{
    private readonly List<AnswerEdit> edits = [];

    private IRenderedComponent<QuestionField> Field(string questionId, AnswerInput input, FieldSave? state = null, string? error = null)
    {
        var capability = QuestionnaireFixture.Questionnaire.Domains.SelectMany(d => d.Capabilities).Single(c => c.Questions.Any(q => q.Id == questionId));
        return Render<QuestionField>(p => p
            .Add(f => f.Question, capability.Questions.Single(q => q.Id == questionId))
            .Add(f => f.Capability, capability.Capability)
            .Add(f => f.Input, input)
            .Add(f => f.State, state ?? FieldSave.Unchanged)
            .Add(f => f.Error, error)
            .Add(f => f.Editable, true)
            .Add(f => f.OnEdit, EventCallback.Factory.Create<AnswerEdit>(this, edits.Add)));
    }

    [Theory]
    [InlineData(FieldSaveStatus.Unchanged, "unchanged", "")]
    [InlineData(FieldSaveStatus.Pending, "pending", "Changed, not saved yet")]
    [InlineData(FieldSaveStatus.Saving, "saving", "Saving…")]
    [InlineData(FieldSaveStatus.Saved, "saved", "Saved")]
    public void The_field_says_whether_its_answer_is_saved(FieldSaveStatus status, string code, string words)
    {
        var field = Field(QuestionnaireFixture.LeadershipPhase, new AnswerInput("2"), new FieldSave(status));

        var state = field.Find("[data-testid=save-state]");
        Assert.Equal(code, state.GetAttribute("data-state"));
        Assert.Equal(words, state.TextContent.Trim());
        Assert.Equal("polite", state.GetAttribute("aria-live"));
    }

    [Fact]
    public void A_failed_save_says_why_it_is_not_saved()
    {
        var field = Field(QuestionnaireFixture.LeadershipPhase, new AnswerInput("2"), new FieldSave(FieldSaveStatus.NotSaved, AnswerAutosave.FailedReason));

        Assert.Equal("not-saved", field.Find("[data-testid=save-state]").GetAttribute("data-state"));
        Assert.Contains("Not saved: the connection to the server or the database failed", field.Find("[data-testid=save-state]").TextContent, StringComparison.Ordinal);
        Assert.Empty(field.FindAll("[data-testid=field-error]"));
        Assert.True(field.Find($"[id='a-{QuestionnaireFixture.LeadershipPhase}-2']").HasAttribute("checked"), "the answer stays on the page");
    }

    [Fact]
    public void A_refused_value_shows_the_refusal_beside_the_field_with_what_was_typed()
    {
        const string refusal = "The evidence link is not a web address (http:// or https://).";
        var field = Field(QuestionnaireFixture.LeadershipEvidence, new AnswerInput("The strategy", EvidenceUrl: "www.example.org/law"),
            new FieldSave(FieldSaveStatus.NotSaved, refusal), refusal);

        var error = field.Find("[data-testid=field-error]");
        Assert.Equal(refusal, error.TextContent);
        Assert.Equal($"error-{QuestionnaireFixture.LeadershipEvidence}", error.Id);
        var input = field.Find($"[id='a-{QuestionnaireFixture.LeadershipEvidence}']");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains($"error-{QuestionnaireFixture.LeadershipEvidence}", input.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal("www.example.org/law", field.Find($"[id='e-{QuestionnaireFixture.LeadershipEvidence}']").GetAttribute("value"));
        Assert.Equal("Not saved: correct the answer.", field.Find("[data-testid=save-state]").TextContent.Trim());
    }

    [Fact]
    public void A_choice_is_handed_on_to_be_saved_at_once_and_typing_after_a_pause()
    {
        var phase = Field(QuestionnaireFixture.LeadershipPhase, new AnswerInput(null));
        phase.Find($"[id='a-{QuestionnaireFixture.LeadershipPhase}-3']").Change("3");

        var evidence = Field(QuestionnaireFixture.LeadershipEvidence, new AnswerInput(null));
        evidence.Find($"[id='a-{QuestionnaireFixture.LeadershipEvidence}']").Input("The 2022 strategy");
        evidence.Find($"[id='c-{QuestionnaireFixture.LeadershipEvidence}']").Input("Adopted by cabinet");

        Assert.Equal(
            [
                new AnswerEdit(QuestionnaireFixture.LeadershipPhase, new AnswerInput("3"), Typed: false),
                new AnswerEdit(QuestionnaireFixture.LeadershipEvidence, new AnswerInput("The 2022 strategy"), Typed: true),
                new AnswerEdit(QuestionnaireFixture.LeadershipEvidence, new AnswerInput(null, "Adopted by cabinet"), Typed: true),
            ],
            edits);
    }
}
