using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Indicators;

public sealed class CountryValuesTests
{
    private static readonly CountryValues Values = new(new PluginCallGuard(NullLogger<PluginCallGuard>.Instance, TimeProvider.System));

    private static readonly Owned<IndicatorInfo> InPlace = new("plugin", "domain", RandomRounds.Make("d.q.in-place", CountryRule.Answering("q", AnswerCodes.Yes), CountryRule.Answered("q")));

    private static Respondent Country(string iso3, params (string Question, string Value)[] answers) => new(
        new CountryAnswers(iso3, answers.ToDictionary(a => a.Question, a => (IReadOnlyList<string>)[a.Value])),
        ["gov"],
        null,
        null);

    private static readonly IndexedRound Round = IndexedRound.Build(
    [
        Country("AAA", ("q", AnswerCodes.Yes), ("phase", "3")),
        Country("BBB", ("q", AnswerCodes.No), ("phase", "1")),
        Country("CCC", ("q", AnswerCodes.DontKnow)),
        Country("DDD", ("phase", "4")),
    ]);

    [Fact]
    public void Each_country_is_counted_not_counted_or_without_answer_exactly_as_the_indicator_counts_it()
    {
        var standings = Values.Standings(InPlace, Round);

        Assert.True(standings.Succeeded);
        Assert.Equal([IndicatorStanding.Counted, IndicatorStanding.NotCounted, IndicatorStanding.NoAnswer, IndicatorStanding.NoAnswer], standings.Value);
        var value = Round.Evaluate(InPlace.Item);
        Assert.Equal((value.Numerator, value.Denominator), (standings.Value!.Count(s => s == IndicatorStanding.Counted), standings.Value!.Count(s => s != IndicatorStanding.NoAnswer)));
    }

    [Fact]
    public void Each_country_has_the_phase_it_gave_or_none()
    {
        Assert.Equal([3, 1, null, 4], CountryValues.Phases(Round, "phase"));
    }

    [Fact]
    public void Plugin_code_that_throws_is_a_fault_not_an_exception()
    {
        var throwing = new Owned<IndicatorInfo>("broken", "domain", RandomRounds.Make("d.broken", CountryRule.Where("throws", ["q"], _ => throw new InvalidOperationException("plugin bug")), CountryRule.Answered("q")));

        var standings = Values.Standings(throwing, Round);

        Assert.False(standings.Succeeded);
        Assert.Equal("broken", standings.Fault!.PluginId);
    }
}
