using FsCheck;
using FsCheck.Fluent;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Indicators;

/// <summary>
/// The indexed fast path gives exactly what the reference <see cref="IndicatorEvaluator"/> gives,
/// for random rounds and random rules (declarative, nested, and plugin predicates), by every
/// breakdown, with one index shared by many indicators as the engine shares it.
/// </summary>
public sealed class IndexedRoundPropertyTests
{
    private const int Runs = 400;

    private static readonly Breakdown[] AllBreakdowns = Enum.GetValues<Breakdown>();

    /// <summary>Plugin predicates that record whom they were called for; one throws for one country.</summary>
    private sealed class Predicates
    {
        public HashSet<string> Calls { get; } = new(StringComparer.Ordinal);

        public IReadOnlyList<CountryRule> Rules { get; }

        public Predicates(bool withThrowing)
        {
            List<CountryRule> rules =
            [
                CountryRule.Where("odd number of values of q1", ["q1"], c => Record(c) && c.ValuesOf("q1").Count % 2 == 1),
                CountryRule.Where("country code after C10", ["q0"], c => Record(c) && string.CompareOrdinal(c.CountryCode, "C10") > 0),
            ];
            if (withThrowing)
            {
                rules.Add(CountryRule.Where("throws for C03", ["q2"], c => Record(c) && (c.CountryCode == "C03" ? throw new InvalidOperationException("plugin bug") : c.ValuesOf("q2").Count > 0)));
            }

            Rules = rules;
        }

        private bool Record(ICountryAnswers country)
        {
            Calls.Add(country.CountryCode);
            return true;
        }
    }

    private static Gen<(Respondent[] Respondents, IndicatorInfo[] Indicators)> Cases(Predicates predicates) =>
        from respondents in RandomRounds.Respondents()
        from count in Gen.Choose(1, 6)
        from indicators in Gen.ArrayOf(RandomRounds.Indicator(predicates.Rules), count)
        select (respondents, indicators);

    [Fact]
    public void The_fast_path_equals_the_reference_for_random_rules_answers_and_breakdowns()
    {
        var predicates = new Predicates(withThrowing: false);
        var compared = 0;
        Prop.ForAll(Cases(predicates).ToArbitrary(), c =>
        {
            var round = IndexedRound.Build(c.Respondents);
            foreach (var indicator in c.Indicators)
            {
                Assert.Equal(IndicatorEvaluator.Evaluate(indicator, c.Respondents.Select(r => r.Answers)), round.Evaluate(indicator));
                foreach (var breakdown in AllBreakdowns)
                {
                    var expected = IndicatorEvaluator.EvaluateBy(indicator, c.Respondents, breakdown);
                    Assert.Equal(expected, round.EvaluateBy(indicator, breakdown));
                    compared += expected.Count(g => g.Value.Denominator > 0);
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));

        // Guard against a vacuous run: many groups had a non-zero denominator.
        Assert.True(compared > Runs, $"only {compared} groups with N > 0 were compared");
    }

    [Fact]
    public void Plugin_predicates_run_for_the_same_countries_and_fail_in_the_same_cases_as_the_reference()
    {
        var predicates = new Predicates(withThrowing: true);
        var failures = 0;
        Prop.ForAll(Cases(predicates).ToArbitrary(), c =>
        {
            var round = IndexedRound.Build(c.Respondents);
            foreach (var indicator in c.Indicators)
            {
                foreach (var breakdown in AllBreakdowns)
                {
                    predicates.Calls.Clear();
                    var expected = Outcome(() => IndicatorEvaluator.EvaluateBy(indicator, c.Respondents, breakdown));
                    var expectedCalls = predicates.Calls.Order(StringComparer.Ordinal).ToList();
                    predicates.Calls.Clear();
                    var actual = Outcome(() => round.EvaluateBy(indicator, breakdown));
                    var actualCalls = predicates.Calls.Order(StringComparer.Ordinal).ToList();

                    Assert.Equal(expected.Failed, actual.Failed);
                    if (!expected.Failed)
                    {
                        Assert.Equal(expected.Groups, actual.Groups);
                        Assert.Equal(expectedCalls, actualCalls);
                    }
                    else
                    {
                        failures++;
                    }
                }
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));

        Assert.True(failures > 0, "no case reached the throwing predicate");
    }

    private static (bool Failed, IReadOnlyList<GroupValue>? Groups) Outcome(Func<IReadOnlyList<GroupValue>> evaluate)
    {
        try
        {
            return (false, evaluate());
        }
        catch (InvalidOperationException e) when (e.Message == "plugin bug")
        {
            return (true, null);
        }
    }

    [Fact]
    public void A_country_listed_twice_under_one_instrument_counts_once()
    {
        var indicator = RandomRounds.Make("i", CountryRule.Answering("q0", AnswerCodes.Yes), CountryRule.Answered("q0"));
        Respondent[] respondents =
        [
            new(new CountryAnswers("AAA", new Dictionary<string, IReadOnlyList<string>> { ["q0"] = [AnswerCodes.Yes] }), ["gov", "gov"], null, null),
            new(new CountryAnswers("BBB", new Dictionary<string, IReadOnlyList<string>> { ["q0"] = [AnswerCodes.No] }), ["gov"], null, null),
        ];

        var reference = Assert.Single(IndicatorEvaluator.EvaluateBy(indicator, respondents, Breakdown.Instrument));
        var fast = Assert.Single(IndexedRound.Build(respondents).EvaluateBy(indicator, Breakdown.Instrument));

        Assert.Equal((1, 2), (reference.Value.Numerator, reference.Value.Denominator));
        Assert.Equal(reference, fast);
    }
}
