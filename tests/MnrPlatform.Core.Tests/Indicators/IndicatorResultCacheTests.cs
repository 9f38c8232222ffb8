using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Core.Reference;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Indicators;

public sealed class IndicatorResultCacheTests
{
    private static readonly Owned<IndicatorInfo> InPlace = new("plugin", "domain", RandomRounds.Make("d.q0.in-place", CountryRule.Answering("q0", AnswerCodes.Yes), CountryRule.Answered("q0")));

    private static BreakdownResult Result(int n) =>
        new(InPlace, Breakdown.All, [new GroupValue("all", "All countries", new IndicatorValue(n, 10, n * 10m))], null);

    private static IndicatorResultKey Key(string round, Breakdown breakdown = Breakdown.All, bool preview = false) => new(round, InPlace.Item.Id, breakdown, preview);

    [Fact]
    public void A_result_comes_back_only_under_the_stamp_it_was_stored_with()
    {
        var cache = new IndicatorResultCache();
        var stored = Result(1);
        cache.Set(Key("2024"), "v1", stored);

        Assert.True(cache.TryGet(Key("2024"), "v1", out var hit));
        Assert.Same(stored, hit);
        Assert.False(cache.TryGet(Key("2024"), "v2", out _));

        // The new stamp made the round's old results stale: they are gone, even under the old stamp.
        Assert.False(cache.TryGet(Key("2024"), "v1", out _));
    }

    [Fact]
    public void A_new_stamp_drops_only_that_round_and_that_variant()
    {
        var cache = new IndicatorResultCache();
        cache.Set(Key("2021"), "a", Result(1));
        cache.Set(Key("2024"), "b", Result(2));
        cache.Set(Key("2024", preview: true), "p", Result(3));

        cache.Set(Key("2024", Breakdown.Region), "c", Result(4));

        Assert.True(cache.TryGet(Key("2021"), "a", out _));
        Assert.False(cache.TryGet(Key("2024"), "c", out _));
        Assert.True(cache.TryGet(Key("2024", preview: true), "p", out _));
        Assert.True(cache.TryGet(Key("2024", Breakdown.Region), "c", out _));
    }

    [Fact]
    public void Invalidate_drops_a_round_validated_and_preview()
    {
        var cache = new IndicatorResultCache();
        cache.Set(Key("2021"), "a", Result(1));
        cache.Set(Key("2024"), "b", Result(2));
        cache.Set(Key("2024", preview: true), "p", Result(3));

        cache.Invalidate("2024");

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(Key("2021"), "a", out _));
        Assert.False(cache.TryGet(Key("2024"), "b", out _));
        Assert.False(cache.TryGet(Key("2024", preview: true), "p", out _));
    }

    [Fact]
    public void When_full_the_least_recently_used_entry_goes()
    {
        var cache = new IndicatorResultCache(capacity: 2);
        cache.Set(Key("a"), "s", Result(1));
        cache.Set(Key("b"), "s", Result(2));
        Assert.True(cache.TryGet(Key("a"), "s", out _));

        cache.Set(Key("c"), "s", Result(3));

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet(Key("a"), "s", out _));
        Assert.False(cache.TryGet(Key("b"), "s", out _));
        Assert.True(cache.TryGet(Key("c"), "s", out _));
    }

    [Fact]
    public void Concurrent_readers_and_writers_keep_the_bound()
    {
        var cache = new IndicatorResultCache(capacity: 50);
        Parallel.For(0, 20_000, i =>
        {
            var key = Key($"r{i % 7}", (Breakdown)(i % 5), preview: i % 2 == 0);
            var stamp = $"s{i / 5000}";
            if (!cache.TryGet(key, stamp, out _))
            {
                cache.Set(key, stamp, Result(i % 10));
            }
        });

        Assert.InRange(cache.Count, 1, 50);
    }

    private sealed class Loader(IReadOnlyList<Respondent> respondents)
    {
        public int Loads { get; private set; }

        public Task<IReadOnlyList<Respondent>> Load(string roundCode, bool includeUnvalidated, CancellationToken cancellationToken)
        {
            Loads++;
            return Task.FromResult(respondents);
        }
    }

    private static Respondent Country(string iso3, string answer) => new(
        new CountryAnswers(iso3, new Dictionary<string, IReadOnlyList<string>> { ["q0"] = [answer] }), ["gov"], IncomeGroup.High, "Europe");

    [Fact]
    public async Task The_service_loads_a_round_once_per_stamp_and_again_after_it_changes_or_is_invalidated()
    {
        var loader = new Loader([Country("AAA", AnswerCodes.Yes), Country("BBB", AnswerCodes.No)]);
        var cache = new IndicatorResultCache();
        var engine = new IndicatorEngine(new FrameworkCatalog([]), new PluginCallGuard(NullLogger<PluginCallGuard>.Instance, TimeProvider.System));
        var service = new IndicatorResultService(engine, cache, loader.Load);
        var v1 = new RoundRequest("2024", "v1");

        var first = await service.GetAsync(v1, [InPlace], cancellationToken: TestContext.Current.CancellationToken);
        var second = await service.GetAsync(v1, [InPlace], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(1, loader.Loads);
        Assert.Equal(5, first.Count);
        Assert.Equal(first, second);

        // Disclosure needs the round's countries (a family is protected from its pattern counts): one load, then cached.
        await service.GetDisclosedAsync(DisclosureRule.SmallCells(5), v1, [InPlace], TestContext.Current.CancellationToken);
        await service.GetDisclosedAsync(DisclosureRule.SmallCells(5), v1, [InPlace], TestContext.Current.CancellationToken);
        Assert.Equal(2, loader.Loads);

        await service.GetAsync(v1 with { Stamp = "v2" }, [InPlace], cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(3, loader.Loads);

        cache.Invalidate("2024");
        var series = await service.GetSeriesAsync(InPlace, Breakdown.All, [new RoundRequest("2024", "v2")], TestContext.Current.CancellationToken);
        Assert.Equal(4, loader.Loads);
        Assert.Equal((1, 2), (series[0].Result.Groups![0].Value.Numerator, series[0].Result.Groups![0].Value.Denominator));

        var disclosedSeries = await service.GetDisclosedSeriesAsync(DisclosureRule.SmallCells(5), InPlace, [new RoundRequest("2024", "v2"), new RoundRequest("2021", "a")], TestContext.Current.CancellationToken);
        Assert.Equal(["2024", "2021"], disclosedSeries.Select(s => s.RoundCode));
        Assert.All(disclosedSeries.SelectMany(s => s.Indicator.Breakdowns).SelectMany(b => b.Groups), g => Assert.False(g.Numerator.IsPublished || g.Denominator.IsPublished));
    }
}
