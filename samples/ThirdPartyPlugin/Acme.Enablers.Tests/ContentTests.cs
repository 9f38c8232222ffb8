using MnrPlatform.Sdk.Content;

namespace Acme.Enablers.Tests;

public sealed class ContentTests
{
    private static DomainContent Configure()
    {
        var builder = new DomainBuilder();
        new EnablersPlugin().Configure(builder);
        return builder.Build();
    }

    [Fact]
    public void Every_capability_is_outside_the_2016_MNR_and_has_a_maturity_phase_question()
    {
        var content = Configure();

        Assert.Equal(["sustainable-resourcing", "multi-sector-collaboration", "reporting-environment"], content.Capabilities.Select(c => c.Code));
        Assert.All(content.Capabilities, c => Assert.Equal(0, c.MnrNumber));
        Assert.All(content.Capabilities, c => Assert.Single(content.Questions, q => q.CapabilityCode == c.Code && q.Kind == QuestionKind.MaturityPhase));
    }

    [Fact]
    public void Every_review_indicator_counts_yes_over_the_countries_that_answered()
    {
        var content = Configure();
        var reviewQuestions = content.Questions.Where(q => q.Kind == QuestionKind.YesNo).ToList();

        Assert.Equal(6, reviewQuestions.Count);
        Assert.All(reviewQuestions, q =>
        {
            var indicator = Assert.Single(content.Indicators, i => i.Numerator.QuestionIds.Contains(q.Id));
            Assert.Equal(CountryRule.Answering(q.Id, AnswerCodes.Yes), indicator.Numerator);
            Assert.Equal(CountryRule.Answered(q.Id), indicator.Denominator);
            Assert.Contains(q.Id, indicator.Metadata.Computation.English, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Charts_show_only_indicators_of_the_plugin_and_no_named_countries()
    {
        var content = Configure();
        var indicatorIds = content.Indicators.Select(i => i.Id).ToHashSet();

        Assert.NotEmpty(content.Charts);
        Assert.All(content.Charts, c => Assert.Subset(indicatorIds, c.IndicatorIds.ToHashSet()));
        Assert.DoesNotContain(content.Charts, c => c.SecretariatOnly || c.Kind == ChartKind.Choropleth);
    }
}
