using System.Globalization;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Tests.Content;

public sealed class DomainBuilderTests
{
    private static readonly MaturityDescriptors Phases = new("Starting out", "Developing", "Established", "Sustained and reviewed");

    private static readonly QuestionInfo InPlace = new()
    {
        Id = "victim.helpline.in-place",
        CapabilityCode = "victim.helpline",
        Text = "Does the country have a national child helpline?",
        Kind = QuestionKind.YesNo,
        AllowDontKnow = true,
        Instruments = ["government-survey"],
    };

    private static readonly IndicatorInfo HelplineShare = new()
    {
        Id = "victim.helpline.share",
        CapabilityCode = "victim.helpline",
        Name = "Child helpline in place",
        Measures = "Share of countries that answered with a national child helpline in place.",
        Numerator = CountryRule.Answering(InPlace.Id, AnswerCodes.Yes),
        Denominator = CountryRule.Answered(InPlace.Id),
        Metadata = new IndicatorMetadata("Tracks a core victim capability.", "Countries answering yes over countries that answered.", "Self-reported."),
    };

    /// <summary>A small valid domain, then whatever the test adds to it.</summary>
    private static DomainBuilder ValidDomain()
    {
        var builder = new DomainBuilder();
        builder.Domain(new DomainInfo("victim", "Victim", "Support for children and victims.", 3))
            .Capability(new CapabilityInfo("victim.helpline", 11, "Child helpline", "A national helpline for children.", "Children need somewhere to turn.", Phases))
            .Question(InPlace)
            .Question(new QuestionInfo
            {
                Id = "victim.helpline.hours",
                CapabilityCode = "victim.helpline",
                Text = "Is it open around the clock?",
                Kind = QuestionKind.YesPartlyNo,
                ShownWhen = new ShowWhen(InPlace.Id, AnswerCodes.Yes),
                Instruments = ["government-survey"],
            })
            .Indicator(HelplineShare)
            .Chart(new ChartInfo { Id = "victim.shares", Title = "Victim capabilities in place", Kind = ChartKind.StackedShares, IndicatorIds = [HelplineShare.Id] });
        return builder;
    }

    [Fact]
    public void Valid_content_builds_with_everything_in_registration_order()
    {
        var content = ValidDomain().Build();

        Assert.Equal("victim", content.Domain.Code);
        Assert.Equal(["victim.helpline.in-place", "victim.helpline.hours"], content.Questions.Select(q => q.Id));
        Assert.Single(content.Indicators);
        Assert.Single(content.Charts);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_once_with_what_to_fix()
    {
        var builder = ValidDomain();
        builder.Question(InPlace with { CapabilityCode = "victim.missing" })
            .Question(new QuestionInfo { Id = "Bad Id", CapabilityCode = "victim.helpline", Text = "?", Kind = QuestionKind.SingleChoice, Options = [new AnswerOption("a", "A")], Instruments = [] })
            .Indicator(HelplineShare with { Id = "victim.other", Numerator = CountryRule.Answering(InPlace.Id, "maybe"), Denominator = CountryRule.Answered("victim.nowhere") })
            .Chart(new ChartInfo { Id = "victim.map", Title = "Map", Kind = ChartKind.Choropleth, IndicatorIds = ["victim.unknown"] });

        var e = Assert.Throws<InvalidDomainContentException>(builder.Build);

        Assert.Contains(e.Problems, p => p.Contains("'victim.helpline.in-place' is registered 2 times", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("points at capability 'victim.missing'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("'Bad Id' is not a stable code", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("has 1 option(s): give at least two", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("belongs to no instrument", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("counts answer 'maybe'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("reads question 'victim.nowhere'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("shows indicator 'victim.unknown'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("set SecretariatOnly = true", StringComparison.Ordinal));
        Assert.Equal(9, e.Problems.Count);
    }

    [Fact]
    public void Domain_must_be_set_exactly_once()
    {
        var problems = new DomainBuilder().Validate();

        Assert.Contains("Call Domain(...) exactly once; it was called 0 time(s).", problems);
    }

    [Fact]
    public void A_condition_on_an_answer_the_other_question_cannot_give_is_refused()
    {
        var builder = ValidDomain();
        builder.Question(new QuestionInfo
        {
            Id = "victim.helpline.staffing",
            CapabilityCode = "victim.helpline",
            Text = "Staffed by trained counsellors?",
            Kind = QuestionKind.YesNo,
            ShownWhen = new ShowWhen(InPlace.Id, AnswerCodes.Partly),
            Instruments = ["government-survey"],
        });

        var problem = Assert.Single(builder.Validate());
        Assert.Contains("answers 'partly', which that question cannot answer", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phase_rule_needs_a_maturity_phase_question()
    {
        var builder = ValidDomain();
        builder.Indicator(HelplineShare with { Id = "victim.helpline.mature", Numerator = CountryRule.AtPhaseOrAbove(InPlace.Id, 3) });

        var problem = Assert.Single(builder.Validate());
        Assert.Contains("a phase rule needs a MaturityPhase question", problem, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> RulesOnUnknownQuestions => new()
    {
        { "answered", "victim.helpline.missing" },
        { "all-of", "victim.helpline.missing" },
        { "where", "victim.helpline.missing" },
    };

    [Theory]
    [MemberData(nameof(RulesOnUnknownQuestions))]
    public void Every_kind_of_rule_must_read_registered_questions(string kind, string questionId)
    {
        var rule = kind switch
        {
            "answered" => CountryRule.Answered(questionId),
            "all-of" => CountryRule.AllOf(CountryRule.Answered(InPlace.Id), CountryRule.Answering(questionId, AnswerCodes.Yes)),
            _ => CountryRule.Where("custom", [InPlace.Id, questionId], _ => true),
        };
        var builder = ValidDomain();
        builder.Indicator(HelplineShare with { Id = "victim.helpline.other", Numerator = rule });

        var problem = Assert.Single(builder.Validate());
        Assert.Equal($"Indicator 'victim.helpline.other' numerator reads question '{questionId}', which this plugin does not register.", problem);
    }

    [Fact]
    public void An_empty_all_of_and_an_answer_code_the_question_cannot_give_are_both_named()
    {
        var builder = ValidDomain();
        builder.Indicator(HelplineShare with
        {
            Id = "victim.helpline.other",
            Numerator = CountryRule.AllOf(),
            Denominator = CountryRule.Answering(InPlace.Id, AnswerCodes.Partly),
        });

        var problems = builder.Validate();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.EndsWith("numerator: AllOf needs at least one rule.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EndsWith("counts answer 'partly' to 'victim.helpline.in-place', which that question cannot answer.", StringComparison.Ordinal));
    }

    [Fact]
    public void Localized_text_falls_back_from_region_to_language_to_english()
    {
        var text = new LocalizedText("Child helpline").With("fr", "Ligne d'assistance pour enfants");

        Assert.Equal("Ligne d'assistance pour enfants", text.For(CultureInfo.GetCultureInfo("fr-CA")));
        Assert.Equal("Child helpline", text.For(CultureInfo.GetCultureInfo("es")));
        Assert.Equal(text, new LocalizedText("Child helpline").With("FR", "Ligne d'assistance pour enfants"));
        Assert.NotEqual(text, new LocalizedText("Child helpline"));
        Assert.Throws<ArgumentException>(() => new LocalizedText(" "));
    }
}
