using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reference;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Indicators;

public sealed class BreakdownTests
{
    private const string Question = "x.y.review.in-place";

    private static readonly IndicatorInfo InPlace = new()
    {
        Id = "x.y.in-place",
        CapabilityCode = "y",
        Name = "Y in place",
        Measures = "Share answering yes.",
        Numerator = CountryRule.Answering(Question, AnswerCodes.Yes),
        Denominator = CountryRule.Answered(Question),
        Metadata = new IndicatorMetadata("p", "c", "l"),
    };

    private static Respondent Country(string iso3, string? answer, IncomeGroup? group, string? region, params string[] instruments) => new(
        new CountryAnswers(iso3, answer is null ? new Dictionary<string, IReadOnlyList<string>>() : new Dictionary<string, IReadOnlyList<string>> { [Question] = [answer] }),
        instruments.Length == 0 ? ["government-survey"] : instruments,
        group,
        region);

    private static readonly Respondent[] Countries =
    [
        Country("AAA", AnswerCodes.Yes, IncomeGroup.High, "Europe"),
        Country("BBB", AnswerCodes.No, IncomeGroup.High, "Europe"),
        Country("CCC", AnswerCodes.Yes, IncomeGroup.LowerMiddle, "Africa", "unicef-country-office-survey"),
        Country("DDD", AnswerCodes.DontKnow, IncomeGroup.Low, "Africa", "unicef-country-office-survey"),
        Country("EEE", AnswerCodes.No, IncomeGroup.UpperMiddle, "Americas", "unicef-country-office-survey", "government-survey"),
        Country("FFF", AnswerCodes.Yes, null, null),
        Country("GGG", null, IncomeGroup.High, "Asia"),
    ];

    [Fact]
    public void All_countries_is_one_group_with_n_of_those_that_answered()
    {
        var all = Assert.Single(IndicatorEvaluator.EvaluateBy(InPlace, Countries, Breakdown.All));

        Assert.Equal(("all", 3, 5), (all.Code, all.Value.Numerator, all.Value.Denominator));
        Assert.Equal("60", all.Value.Display);
    }

    [Fact]
    public void Income_groups_run_from_high_to_low_with_the_unclassified_last()
    {
        var groups = IndicatorEvaluator.EvaluateBy(InPlace, Countries, Breakdown.IncomeGroup);

        Assert.Equal(["H", "UM", "LM", "L", "unknown"], groups.Select(g => g.Code));
        Assert.Equal(["High income", "Upper-middle income", "Lower-middle income", "Low income", "Income group not known"], groups.Select(g => g.Name));
        Assert.Equal([(1, 2), (0, 1), (1, 1), (0, 0), (1, 1)], groups.Select(g => (g.Value.Numerator, g.Value.Denominator)));
        Assert.Null(groups.Single(g => g.Code == "L").Value.Value);
    }

    [Fact]
    public void The_income_band_splits_high_from_low_and_middle_income_as_the_review_does()
    {
        var bands = IndicatorEvaluator.EvaluateBy(InPlace, Countries, Breakdown.IncomeBand);

        Assert.Equal([("high", 1, 2), ("low-middle", 1, 2), ("unknown", 1, 1)], bands.Select(b => (b.Code, b.Value.Numerator, b.Value.Denominator)));
    }

    [Fact]
    public void A_country_that_answered_two_instruments_counts_in_both_instrument_groups()
    {
        var instruments = IndicatorEvaluator.EvaluateBy(InPlace, Countries, Breakdown.Instrument);

        Assert.Equal([("government-survey", 2, 4), ("unicef-country-office-survey", 1, 2)], instruments.Select(g => (g.Code, g.Value.Numerator, g.Value.Denominator)));
    }

    [Fact]
    public void Regions_are_ordered_by_name_with_the_unknown_last()
    {
        var regions = IndicatorEvaluator.EvaluateBy(InPlace, Countries, Breakdown.Region);

        Assert.Equal(["Africa", "Americas", "Asia", "Europe", "unknown"], regions.Select(g => g.Code));
        var asia = regions.Single(g => g.Code == "Asia").Value;
        Assert.Equal((0, 0), (asia.Numerator, asia.Denominator));
    }
}
