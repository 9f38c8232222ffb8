using MnrPlatform.Core.Surveys;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Surveys;

/// <summary>The one place that decides which values a question accepts and their stored form.</summary>
public sealed class AnswerRulesTests
{
    private static readonly QuestionInfo YesNo = Question(QuestionKind.YesNo) with { AllowDontKnow = true };
    private static readonly QuestionInfo Choices = Question(QuestionKind.MultipleChoice) with
    {
        Options = [new AnswerOption("training", "Training"), new AnswerOption("funding", "Funding"), new AnswerOption("peer", "Peer learning")],
    };

    [Fact]
    public void A_refusal_names_its_code_and_values_so_a_page_can_word_it_in_its_language()
    {
        var check = AnswerRules.Normalize(Question(QuestionKind.MaturityPhase), "7");

        Assert.Equal(new AnswerProblem(AnswerProblem.NotAPhase, check.Error!, check.Problem!.Arguments), check.Problem);
        Assert.Equal(["7", "4"], check.Problem.Arguments);
        Assert.Equal("\"7\" is not a phase (1 to 4)", check.Error);
    }

    [Theory]
    [InlineData(QuestionKind.YesNo, " YES ", "yes")]
    [InlineData(QuestionKind.YesPartlyNo, "Partly", "partly")]
    [InlineData(QuestionKind.Number, "12.50", "12.50")]
    [InlineData(QuestionKind.Number, "-3", "-3")]
    [InlineData(QuestionKind.Number, "\u0661\u0662\u066B\u0665", "12.5")]
    [InlineData(QuestionKind.Number, "\u2212\u06F7", "-7")]
    [InlineData(QuestionKind.MaturityPhase, "4", "4")]
    [InlineData(QuestionKind.Text, "  =HYPERLINK(\"x\")  ", "=HYPERLINK(\"x\")")]
    public void Accepted_values_come_back_in_their_stored_form(QuestionKind kind, string typed, string stored)
    {
        var check = AnswerRules.Normalize(Question(kind), typed);

        Assert.Equal(stored, check.Value);
        Assert.Null(check.Error);
    }

    [Theory]
    [InlineData(QuestionKind.YesNo, "maybe", "\"maybe\" is not one of yes, no")]
    [InlineData(QuestionKind.YesNo, "dont-know", "\"dont-know\" is not allowed")]
    [InlineData(QuestionKind.Number, "1,5", "not a number")]
    [InlineData(QuestionKind.MaturityPhase, "5", "not a phase (1 to 4)")]
    [InlineData(QuestionKind.MaturityPhase, "2.0", "not a phase")]
    [InlineData(QuestionKind.Text, "a\u0001b", "control character U+0001")]
    [InlineData(QuestionKind.Text, "a\0b", "NUL")]
    public void Refused_values_say_why(QuestionKind kind, string typed, string reason)
    {
        var check = AnswerRules.Normalize(Question(kind), typed);

        Assert.True(check.IsInvalid);
        Assert.Null(check.Value);
        Assert.Contains(reason, check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Special_codes_are_accepted_only_where_the_question_allows_them()
    {
        Assert.Equal(AnswerCodes.DontKnow, AnswerRules.Normalize(YesNo, "Dont-Know").Value);
        Assert.True(AnswerRules.Normalize(YesNo, AnswerCodes.NotApplicable).IsInvalid);
        Assert.Equal([AnswerCodes.DontKnow], AnswerRules.SpecialCodes(YesNo));
    }

    [Fact]
    public void Multiple_choices_are_stored_once_each_in_the_questions_option_order()
    {
        Assert.Equal("training|peer", AnswerRules.Normalize(Choices, "peer | TRAINING|peer").Value);
        Assert.True(AnswerRules.Normalize(Choices, " | ").IsBlank);
        Assert.Contains("\"travel\" is not one of training, funding, peer", AnswerRules.Normalize(Choices, "peer|travel").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_input_is_no_answer_and_too_long_text_is_refused()
    {
        Assert.True(AnswerRules.Normalize(YesNo, "   ").IsBlank);
        Assert.True(AnswerRules.Normalize(YesNo, null).IsBlank);
        Assert.Contains("at most 4000", AnswerRules.Normalize(Question(QuestionKind.Text), new string('x', AnswerRules.MaxTextLength + 1)).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/law.pdf", true, null)]
    [InlineData("ftp://example.org/law.pdf", true, "not a web address")]
    [InlineData("see the annex", true, "not a web address")]
    [InlineData("see the annex", false, null)]
    [InlineData("line one\nline two", false, null)]
    public void Comments_and_evidence_links_are_checked(string text, bool isLink, string? reason)
    {
        var problem = AnswerRules.CheckNote(text, isLink);

        if (reason is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(reason, problem, StringComparison.Ordinal);
        }
    }

    private static QuestionInfo Question(QuestionKind kind) => new()
    {
        Id = "d.c.q",
        CapabilityCode = "c",
        Text = "Question?",
        Kind = kind,
        Instruments = ["survey"],
    };
}
