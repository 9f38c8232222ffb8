using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Sdk.Tests.Content;

public sealed class CountryRuleTests
{
    [Fact]
    public void Rules_built_alike_are_equal_values()
    {
        var first = CountryRule.AllOf(CountryRule.Answering("q", AnswerCodes.Yes, AnswerCodes.Partly), CountryRule.AtPhaseOrAbove("p", 3));
        var second = CountryRule.AllOf(CountryRule.Answering("q", AnswerCodes.Yes, AnswerCodes.Partly), CountryRule.AtPhaseOrAbove("p", 3));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Single(new HashSet<CountryRule> { first, second });
    }

    [Fact]
    public void Rules_that_count_differently_are_not_equal()
    {
        Assert.NotEqual(CountryRule.Answering("q", AnswerCodes.Yes), CountryRule.Answering("q", AnswerCodes.No));
        Assert.NotEqual(CountryRule.Answering("q", AnswerCodes.Yes), CountryRule.Answering("r", AnswerCodes.Yes));
        Assert.NotEqual(CountryRule.AllOf(CountryRule.Answered("q")), CountryRule.AllOf(CountryRule.Answered("q"), CountryRule.Answered("r")));
        Assert.NotEqual(CountryRule.Answered("q"), CountryRule.Answering("q", AnswerCodes.Yes));
    }
}
