using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Surveys;
using MnrPlatform.Data.Surveys.Profiles;

namespace MnrPlatform.Data.Tests.Profiles;

/// <summary>
/// The income-group median a country's profile is read against: the median itself, who counts
/// (the country's own income group only, the country included), and the small-cell rule.
/// </summary>
public sealed class IncomeGroupMedianTests
{
    private const string Round = "test-round";
    private const string Leadership = "leadership";
    private const string LeadershipPhase = "policy.leadership.maturity.phase";

    [Theory]
    [InlineData(new[] { 3 }, 3.0)]
    [InlineData(new[] { 1, 4, 2 }, 2.0)]
    [InlineData(new[] { 4, 1, 3, 2, 2 }, 2.0)]
    [InlineData(new[] { 1, 2, 3, 4 }, 2.5)]
    [InlineData(new[] { 2, 2, 3, 3, 1, 4 }, 2.5)]
    [InlineData(new[] { 1, 1, 3, 3 }, 2.0)]
    public void The_median_is_the_middle_phase_or_the_mean_of_the_two_middle_phases(int[] phases, double median) =>
        Assert.Equal(median, PhaseMedian.Of(phases));

    [Fact]
    public void There_is_no_median_of_no_phases() => Assert.Null(PhaseMedian.Of([]));

    [Fact]
    public void Only_the_countries_of_the_own_income_group_count_the_country_included()
    {
        Respondent[] round =
        [
            Country("KEN", IncomeGroup.LowerMiddle, 1),
            Country("GHA", IncomeGroup.LowerMiddle, 2),
            Country("PHL", IncomeGroup.LowerMiddle, 2),
            Country("VNM", IncomeGroup.LowerMiddle, 3),
            Country("ZWE", IncomeGroup.LowerMiddle, 4),
            Country("AUS", IncomeGroup.High, 4),
            Country("CAN", IncomeGroup.High, 4),
            Country("NPL", IncomeGroup.LowerMiddle, null),
        ];

        var medians = IncomeGroupMedianReader.Compute(Round, round, "KEN", DomainPlugins.Catalog, minimumCellSize: 5);

        Assert.Equal("Lower-middle income", medians.IncomeGroupName);
        var leadership = medians.Of(Leadership)!;
        Assert.Equal(5, leadership.Countries);
        Assert.False(leadership.Hidden);
        Assert.Equal(2.0, leadership.Median);
        Assert.Equal(2.0, medians.Shown(Leadership));
    }

    [Theory]
    [InlineData(4, 5, true)]
    [InlineData(5, 5, false)]
    [InlineData(2, 1, false)]
    [InlineData(9, 10, true)]
    public void A_median_over_fewer_than_k_countries_is_hidden(int countries, int k, bool hidden)
    {
        var round = Enumerable.Range(0, countries).Select(i => Country($"C{i:00}", IncomeGroup.Low, 1 + (i % 4))).ToList();

        var medians = IncomeGroupMedianReader.Compute(Round, round, "C00", DomainPlugins.Catalog, minimumCellSize: k);

        var leadership = medians.Of(Leadership)!;
        Assert.Equal(countries, leadership.Countries);
        Assert.Equal(hidden, leadership.Hidden);
        Assert.Equal(hidden, leadership.Median is null);
        Assert.Equal(hidden, medians.Shown(Leadership) is null);
        Assert.Equal(hidden, medians.AnyHidden);
        Assert.Equal(k, medians.MinimumCellSize);
    }

    [Fact]
    public void A_country_without_an_income_group_is_compared_with_nobody()
    {
        Respondent[] round = [Country("XKX", null, 2), .. Enumerable.Range(0, 6).Select(i => Country($"C{i:00}", null, 3))];

        var medians = IncomeGroupMedianReader.Compute(Round, round, "XKX", DomainPlugins.Catalog, minimumCellSize: 5);

        Assert.Null(medians.IncomeGroupName);
        Assert.Empty(medians.Capabilities);
        Assert.False(medians.AnyShown);
    }

    [Fact]
    public void A_k_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IncomeGroupMedianReader.Compute(Round, [Country("KEN", IncomeGroup.Low, 2)], "KEN", DomainPlugins.Catalog, minimumCellSize: 0));

    private static Respondent Country(string iso3, IncomeGroup? group, int? leadershipPhase)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (leadershipPhase is { } phase)
        {
            values[LeadershipPhase] = [phase.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        }

        return new Respondent(new CountryAnswers(iso3, values), ["maturity-self-assessment"], group, "Somewhere");
    }

    internal static CountryProfile Profile(params (string Capability, int? Phase, string? InPlace)[] capabilities) =>
        new("KEN", Round, null, [.. capabilities.Select(c => new CapabilityStatus("policy", c.Capability, c.Capability, c.Phase, c.InPlace))]);
}
