using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Core.Reference;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Indicators;

public sealed class IndicatorEngineTests
{
    private static readonly PluginCallGuard Guard = new(NullLogger<PluginCallGuard>.Instance, TimeProvider.System);

    private static readonly IndicatorEngine Engine = new(new FrameworkCatalog([]), Guard);

    private static Owned<IndicatorInfo> Owned(IndicatorInfo indicator) => new("plugin", "domain", indicator);

    private static readonly Owned<IndicatorInfo> InPlace = Owned(RandomRounds.Make("d.q0.in-place", CountryRule.Answering("q0", AnswerCodes.Yes), CountryRule.Answered("q0")));

    private static readonly Owned<IndicatorInfo> IncomeOnly = Owned(RandomRounds.Make("d.q1.income", CountryRule.Answering("q1", AnswerCodes.Yes), CountryRule.Answered("q1"), breakdowns: Breakdowns.IncomeGroup));

    private static readonly Owned<IndicatorInfo> Throwing = Owned(RandomRounds.Make(
        "d.throwing",
        CountryRule.Where("throws", ["q0"], _ => throw new InvalidOperationException("plugin bug")),
        CountryRule.Answered("q0")));

    private static Respondent Country(string iso3, string q0, IncomeGroup group, string region, string instrument = "gov") => new(
        new CountryAnswers(iso3, new Dictionary<string, IReadOnlyList<string>> { ["q0"] = [q0], ["q1"] = [q0] }),
        [instrument],
        group,
        region);

    private static readonly Respondent[] Round =
    [
        Country("AAA", AnswerCodes.Yes, IncomeGroup.High, "Europe"),
        Country("BBB", AnswerCodes.No, IncomeGroup.High, "Europe"),
        Country("CCC", AnswerCodes.Yes, IncomeGroup.Low, "Africa", "unicef"),
        Country("DDD", AnswerCodes.Yes, IncomeGroup.LowerMiddle, "Africa", "unicef"),
    ];

    [Fact]
    public void A_round_is_evaluated_by_every_breakdown_each_indicator_allows()
    {
        var results = Engine.EvaluateRound(IndexedRound.Build(Round), [InPlace, IncomeOnly]);

        Assert.Equal(
            [
                ("d.q0.in-place", Breakdown.All), ("d.q0.in-place", Breakdown.IncomeGroup), ("d.q0.in-place", Breakdown.IncomeBand),
                ("d.q0.in-place", Breakdown.Region), ("d.q0.in-place", Breakdown.Instrument),
                ("d.q1.income", Breakdown.All), ("d.q1.income", Breakdown.IncomeGroup), ("d.q1.income", Breakdown.IncomeBand),
            ],
            results.Select(r => (r.Indicator.Item.Id, r.Breakdown)));
        var region = results.Single(r => r.Indicator == InPlace && r.Breakdown == Breakdown.Region);
        Assert.Equal([("Africa", 2, 2), ("Europe", 1, 2)], region.Groups!.Select(g => (g.Code, g.Value.Numerator, g.Value.Denominator)));
        Assert.All(results, r => Assert.Equal(IndicatorEvaluator.EvaluateBy(r.Indicator.Item, Round, r.Breakdown), r.Groups));
    }

    [Fact]
    public void An_indicator_whose_plugin_code_throws_fails_alone_with_its_fault()
    {
        var results = Engine.EvaluateRound(IndexedRound.Build(Round), [Throwing, InPlace], [Breakdown.All]);

        Assert.False(results[0].Succeeded);
        Assert.Null(results[0].Groups);
        Assert.Equal("InvalidOperationException: plugin bug", results[0].Fault!.Message);
        Assert.True(results[1].Succeeded);
        Assert.Equal((3, 4), (results[1].Groups![0].Value.Numerator, results[1].Groups![0].Value.Denominator));
    }

    [Fact]
    public void A_time_series_has_one_result_per_round_in_the_order_given()
    {
        var earlier = IndexedRound.Build(Round[..2]);
        var later = IndexedRound.Build(Round);

        var series = Engine.TimeSeries(InPlace, [("2021", earlier), ("2024", later)], Breakdown.All);

        Assert.Equal([("2021", 1, 2), ("2024", 3, 4)], series.Select(s => (s.RoundCode, s.Result.Groups![0].Value.Numerator, s.Result.Groups![0].Value.Denominator)));
    }

    [Fact]
    public void The_secretariat_sees_every_count_of_a_round_and_a_viewer_none_below_k()
    {
        var round = IndexedRound.Build(Round);

        var secretariat = Assert.Single(Engine.EvaluateRoundFor(DisclosureRule.Unrestricted, round, [InPlace]));
        var viewer = Assert.Single(Engine.EvaluateRoundFor(DisclosureRule.SmallCells(3), round, [InPlace]));

        Assert.All(secretariat.Breakdowns.SelectMany(b => b.Groups), g => Assert.True(g.Numerator.IsPublished && g.Denominator.IsPublished && g.Value.IsPublished));
        Assert.Equal("75", secretariat.By(Breakdown.All)!.Groups[0].Value.Display);
        var counts = viewer.Breakdowns.SelectMany(b => b.Groups).SelectMany(g => new[] { g.Numerator, g.NotCounted, g.Denominator }).ToList();
        Assert.All(counts.Where(c => c.IsPublished), c => Assert.True(c.Value >= 3));
        Assert.Contains(counts, c => !c.IsPublished);
        Assert.Equal(4, viewer.By(Breakdown.All)!.Groups[0].Denominator.Value);
    }
}
