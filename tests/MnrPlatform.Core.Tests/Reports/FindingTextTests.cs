using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reports;

namespace MnrPlatform.Core.Tests.Reports;

public sealed class FindingTextTests
{
    [Theory]
    [InlineData(0, 42, Quantifier.None)]
    [InlineData(1, 42, Quantifier.Few)]
    [InlineData(9, 42, Quantifier.Minority)]
    [InlineData(21, 42, Quantifier.AboutHalf)]
    [InlineData(32, 42, Quantifier.Most)]
    [InlineData(38, 42, Quantifier.AlmostAll)]
    [InlineData(41, 42, Quantifier.AlmostAll)]
    [InlineData(35, 39, Quantifier.AlmostAll)]
    [InlineData(42, 42, Quantifier.All)]
    public void The_quantifier_follows_the_share(int n, int d, Quantifier expected) =>
        Assert.Equal(expected, FindingText.QuantifierOf(n, d));

    [Fact]
    public void A_finding_over_every_country_says_countries_surveyed() =>
        Assert.Equal(
            "Almost all countries surveyed (95 per cent, 40 of 42) answered yes to “Does your country have a national child helpline?”.",
            FindingText.Sentence(Group(40, 42), 42, "answered yes to “Does your country have a national child helpline?”"));

    [Fact]
    public void A_finding_over_fewer_countries_names_the_denominator() =>
        Assert.Equal(
            "Most of the 41 countries that answered (88 per cent, 36 of 41) answered yes.",
            FindingText.Sentence(Group(36, 41), 42, "answered yes"));

    [Fact]
    public void A_plugin_template_is_filled_with_the_quantifier_the_denominator_and_the_counts()
    {
        Assert.Equal(
            "Most of the 41 countries that answered (88 per cent, 36 of 41) report that their judiciary is trained.",
            FindingText.FromTemplate("{countries} {share} report that their judiciary is trained.", Group(36, 41), 42));
        Assert.Equal(
            "In almost all countries surveyed (95 per cent, 40 of 42) a helpline answers.",
            FindingText.FromTemplate("In {countries} {share} a helpline answers.", Group(40, 42), 42));
        Assert.Null(FindingText.FromTemplate("{countries} {share} have one.", new ShownGroup("all", "All countries", null, null, null, Suppression.Complementary), 42));
    }

    [Fact]
    public void A_suppressed_group_gives_no_finding() =>
        Assert.Null(FindingText.Sentence(new ShownGroup("all", "All countries", null, null, null, Suppression.Primary), 42, "answered yes"));

    [Fact]
    public void Income_groups_are_compared_only_when_both_are_published_and_large_enough()
    {
        Assert.Equal(
            "By income group, the share is higher among high-income countries (100 per cent, 15 of 15) than among low- and middle-income countries (63 per cent, 17 of 27).",
            FindingText.IncomeDifference(Group(15, 15), Group(17, 27), 5));
        Assert.Contains("similar", FindingText.IncomeDifference(Group(10, 15), Group(17, 27), 5), StringComparison.Ordinal);
        Assert.Null(FindingText.IncomeDifference(Group(3, 4), Group(17, 27), 5));
        Assert.Null(FindingText.IncomeDifference(new ShownGroup("high", "High income", null, null, null, Suppression.Complementary), Group(17, 27), 5));
    }

    private static ShownGroup Group(int n, int d) => new("all", "All countries", n, d, 100m * n / d, Suppression.None);
}
