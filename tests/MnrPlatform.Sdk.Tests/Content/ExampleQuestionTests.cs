using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Tests.Content;

/// <summary>SDK 1.3: an instrument may ask for an example of practice; the content rules keep it out of answers and indicators.</summary>
public sealed class ExampleQuestionTests
{
    private const string InPlaceId = "victim.support.review.in-place";
    private const string ExampleId = "victim.support.review.example";

    private static readonly QuestionInfo Example = new()
    {
        Id = ExampleId,
        CapabilityCode = "support",
        Text = "Describe an example of integrated support, e.g. a Barnahus.",
        Kind = QuestionKind.Example,
        Required = false,
        Instruments = ["government-survey"],
    };

    private static DomainBuilder Domain(QuestionInfo example, CountryRule? numerator = null, ShowWhen? dependentOn = null)
    {
        var builder = new DomainBuilder();
        builder.Domain(new DomainInfo("victim", "Victim", "Support for children and victims.", 3))
            .Capability(new CapabilityInfo("support", 8, "End-to-end support", "Joined-up support.", "Children should not tell their story again and again.", new MaturityDescriptors("1", "2", "3", "4")))
            .Question(new QuestionInfo { Id = InPlaceId, CapabilityCode = "support", Text = "Is there integrated support?", Kind = QuestionKind.YesNo, Instruments = ["government-survey"] })
            .Question(example)
            .Indicator(new IndicatorInfo
            {
                Id = "victim.support.in-place",
                CapabilityCode = "support",
                Name = "Integrated support in place",
                Measures = "Share answering yes.",
                Numerator = numerator ?? CountryRule.Answering(InPlaceId, AnswerCodes.Yes),
                Denominator = CountryRule.Answered(InPlaceId),
                Metadata = new IndicatorMetadata("p", "c", "l"),
            });
        if (dependentOn is not null)
        {
            builder.Question(new QuestionInfo { Id = "victim.support.review.funded", CapabilityCode = "support", Text = "Funded?", Kind = QuestionKind.YesNo, ShownWhen = dependentOn, Instruments = ["government-survey"] });
        }

        return builder;
    }

    [Fact]
    public void An_optional_example_question_is_valid_content_and_keeps_its_kind()
    {
        var content = Domain(Example with { ShownWhen = new ShowWhen(InPlaceId, AnswerCodes.Yes) }).Build();

        var question = Assert.Single(content.Questions, q => q.Id == ExampleId);
        Assert.Equal(QuestionKind.Example, question.Kind);
        Assert.False(question.Required);
    }

    [Fact]
    public void A_required_example_is_refused_with_how_to_fix_it()
    {
        var problems = Domain(Example with { Required = true }).Validate();

        Assert.Equal([$"Question '{ExampleId}' asks for an example: set Required = false (examples are shared voluntarily, never required for a submission)."], problems);
    }

    [Fact]
    public void An_example_with_options_or_special_answers_is_refused()
    {
        var problems = Domain(Example with { Options = [new("a", "A"), new("b", "B")], AllowDontKnow = true }).Validate();

        Assert.Contains($"Question '{ExampleId}' is Example and must not list options (its answers are fixed by the kind).", problems);
        Assert.Contains(problems, p => p.Contains("remove AllowDontKnow and AllowNotApplicable", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indicator_that_reads_an_example_is_refused_naming_it()
    {
        var problems = Domain(Example, numerator: CountryRule.Answered(ExampleId)).Validate();

        Assert.Equal([$"Indicator 'victim.support.in-place' numerator reads question '{ExampleId}', which asks for an example: an example has no answer an indicator can count."], problems);
    }

    [Fact]
    public void A_question_shown_when_an_example_is_answered_is_refused()
    {
        var problems = Domain(Example, dependentOn: new ShowWhen(ExampleId, AnswerCodes.Yes)).Validate();

        var problem = Assert.Single(problems);
        Assert.Contains($"but '{ExampleId}' asks for an example, which has no answer", problem, StringComparison.Ordinal);
    }
}
