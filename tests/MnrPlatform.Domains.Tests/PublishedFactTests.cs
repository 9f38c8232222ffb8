using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Tests;

/// <summary>The review's published counts outside Figure 1 (DOMAIN.md), each read from one review question.</summary>
public sealed class PublishedFactTests
{
    public static TheoryData<string, string, string> Facts => new()
    {
        { "policy.leadership.multi-stakeholder-governance", "policy.leadership.review.multi-stakeholder-governance", AnswerCodes.Yes },
        { "policy.leadership.national-strategy", "policy.leadership.review.national-strategy", AnswerCodes.Yes },
        { "policy.leadership.mnr-reference", "policy.leadership.review.mnr-reference", AnswerCodes.Yes },
        { "policy.legislation.criminalises-online-csea", "policy.legislation.review.criminalises-online-csea", AnswerCodes.Yes },
        { "policy.legislation.criminalises-knowing-possession", "policy.legislation.review.criminalises-knowing-possession", AnswerCodes.Yes },
        { "policy.legislation.isp-reporting-duty", "policy.legislation.review.isp-reporting-duty", AnswerCodes.Yes },
        { "policy.legislation.laws-inadequate", "policy.legislation.review.laws-adequate", AnswerCodes.No },
        { "criminal-justice.image-databases.icse-connected", "criminal-justice.image-databases.review.icse-connected", AnswerCodes.Yes },
        { "criminal-justice.image-databases.national-database", "criminal-justice.image-databases.review.national-database", AnswerCodes.Yes },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void Each_published_count_is_an_indicator_over_the_countries_that_answered_its_question(string indicatorId, string questionId, string counted)
    {
        var indicator = Assert.Single(Plugins.Indicators, x => x.Indicator.Id == indicatorId).Indicator;
        var question = Plugins.Question(questionId);

        Assert.Equal(CountryRule.Answering(questionId, counted), indicator.Numerator);
        Assert.Equal(CountryRule.Answered(questionId), indicator.Denominator);
        Assert.Equal(QuestionKind.YesNo, question.Kind);
        Assert.True(question.AllowDontKnow && question.AllowNotApplicable, question.Id);
        Assert.Equal([Plugins.GovernmentSurvey, Plugins.UnicefCountryOfficeSurvey], question.Instruments);
        Assert.True(indicator.Breakdowns.HasFlag(Breakdowns.IncomeGroup), "the review states these counts by income group");
    }

    [Fact]
    public void Every_review_question_is_read_by_an_indicator()
    {
        var read = Plugins.Indicators.SelectMany(x => x.Indicator.Denominator.QuestionIds).ToHashSet(StringComparer.Ordinal);
        var review = Plugins.Questions.Select(x => x.Question).Where(q => q.Instruments.Contains(Plugins.GovernmentSurvey) && q.Kind != QuestionKind.Example).ToList();

        Assert.Equal(Figure1Tests.Rows.Count + Facts.Count, review.Count);
        Assert.Empty(review.Where(q => !read.Contains(q.Id)).Select(q => q.Id));
    }

    [Fact]
    public void The_review_asks_for_an_example_of_integrated_support_where_it_cited_the_barnahus_model()
    {
        var example = Assert.Single(Plugins.Questions.Select(x => x.Question), q => q.Kind == QuestionKind.Example);

        Assert.Equal("victim.end-to-end-support.review.example", example.Id);
        Assert.Equal("end-to-end-support", example.CapabilityCode);
        Assert.False(example.Required);
        Assert.Contains("Barnahus", example.Text.English, StringComparison.Ordinal);
        Assert.Equal([Plugins.GovernmentSurvey, Plugins.UnicefCountryOfficeSurvey], example.Instruments);
    }
}
