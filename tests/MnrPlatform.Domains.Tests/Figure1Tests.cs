using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Tests;

/// <summary>The review's Figure 1 ("Framing the Future", 2022): one indicator per row, named as the figure labels it.</summary>
public sealed class Figure1Tests
{
    private static readonly string[] Labels =
    [
        "Law enforcement capability",
        "Child helpline",
        "Hotline",
        "Judiciary and prosecutors",
        "Child protection workforce",
        "Research, monitoring and analysis",
        "Remedies and reparations",
        "Leadership",
        "National education programme",
        "Procedures to enable removal or blocking of child sexual abuse content",
        "Offender management process",
        "Child participation",
        "Access to image database",
        "End-to-end support",
        "Proactive industry engagement by government",
        "Offender support systems",
        "Government support to ethical, informed and balanced media reporting",
        "Debate, discussion or adoption of universally agreed terminology",
    ];

    public static TheoryData<string> Rows => [.. Labels];

    private static List<IndicatorInfo> InPlaceIndicators =>
        [.. Plugins.Indicators.Select(x => x.Indicator).Where(i => i.Id.EndsWith(".in-place", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_row_is_one_indicator_counting_yes_over_the_countries_that_answered_one_question(string label)
    {
        var (domain, indicator) = Assert.Single(Plugins.Indicators, x => x.Indicator.Name.English == label);
        var question = Assert.Single(domain.Questions, q => indicator.Denominator == CountryRule.Answered(q.Id));

        Assert.Equal(CountryRule.Answering(question.Id, AnswerCodes.Yes), indicator.Numerator);
        Assert.EndsWith(".in-place", indicator.Id, StringComparison.Ordinal);
        Assert.Equal(question.CapabilityCode, indicator.CapabilityCode);
        Assert.Equal(100m, indicator.Factor);
    }

    [Fact]
    public void Only_figure_1_rows_have_in_place_ids()
    {
        Assert.Equal(Labels.Order(StringComparer.Ordinal), InPlaceIndicators.Select(i => i.Name.English).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Figure_1_questions_are_yes_no_review_questions_of_both_instruments()
    {
        foreach (var indicator in InPlaceIndicators)
        {
            var question = Plugins.Question(indicator.Denominator.QuestionIds.Single());

            Assert.Equal(QuestionKind.YesNo, question.Kind);
            Assert.True(question.AllowDontKnow && question.AllowNotApplicable, question.Id);
            Assert.Equal([Plugins.GovernmentSurvey, Plugins.UnicefCountryOfficeSurvey], question.Instruments);
            Assert.Null(question.ShownWhen);
        }
    }

    [Fact]
    public void Joint_rows_of_the_review_sit_on_the_first_capability_of_each_pair()
    {
        var byLabel = InPlaceIndicators.ToDictionary(i => i.Name.English, i => i.CapabilityCode, StringComparer.Ordinal);

        Assert.Equal("takedown-procedures", byLabel["Procedures to enable removal or blocking of child sexual abuse content"]);
        Assert.Equal("innovative-solutions", byLabel["Proactive industry engagement by government"]);
        Assert.DoesNotContain(Plugins.Questions, x => x.Question.CapabilityCode is "industry-reporting" or "corporate-social-responsibility" && x.Question.Instruments.Contains(Plugins.GovernmentSurvey));
    }

    [Fact]
    public void Every_indicator_has_a_metadata_sheet()
    {
        foreach (var (_, indicator) in Plugins.Indicators)
        {
            Assert.False(string.IsNullOrWhiteSpace(indicator.Measures.English), indicator.Id);
            Assert.False(string.IsNullOrWhiteSpace(indicator.Metadata.Purpose.English), indicator.Id);
            Assert.False(string.IsNullOrWhiteSpace(indicator.Metadata.Computation.English), indicator.Id);
            Assert.False(string.IsNullOrWhiteSpace(indicator.Metadata.Limitations.English), indicator.Id);
        }
    }
}
