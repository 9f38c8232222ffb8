using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Disclosure;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Core.Tests.Indicators;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Disclosure;

/// <summary>
/// For random rounds, indicators and k, an indicator's results as a viewer sees them publish no
/// count below k, only true counts, and nothing hidden that the published counts determine.
/// <para>
/// The last check is independent of the suppression code and of its tables: it models what an
/// attacker can know from first principles. The unknowns are the counts of every combination of
/// income group × region × set of instruments × {counted, not counted} (all combinations, since
/// the attacker does not know which are empty); every published count of every breakdown is a sum
/// of some of them. A hidden count is determined exactly when its sum lies in the span of the
/// published sums. Nesting (income band over income group), the shared total and overlapping
/// instruments all follow from the model without being stated.
/// </para>
/// </summary>
public sealed class IndicatorDisclosurePropertyTests
{
    private const int Runs = 200;

    private const int FamilyRuns = 100;

    private static readonly string[] Phases = ["1", "2", "3", "4"];

    private static readonly IndicatorEngine Engine = new(new FrameworkCatalog([]), new PluginCallGuard(NullLogger<PluginCallGuard>.Instance, TimeProvider.System));

    private static Gen<(int K, Respondent[] Respondents, IndicatorInfo Indicator)> Cases() =>
        from k in Gen.Choose(1, 6)
        from overlapping in Gen.Elements(false, false, true)
        from respondents in RandomRounds.Respondents(maxCount: 60, overlappingInstruments: overlapping)
        from typical in Gen.Elements(true, false)
        from random in RandomRounds.Indicator([])
        from question in Gen.Elements(RandomRounds.Questions)
        select (k, respondents, typical ? RandomRounds.Make("typical", CountryRule.Answering(question, AnswerCodes.Yes), CountryRule.Answered(question)) : random);

    private static DisclosedIndicator Disclose(DisclosureRule rule, Respondent[] respondents, IndicatorInfo indicator) =>
        Assert.Single(Engine.EvaluateRoundFor(rule, IndexedRound.Build(respondents), [new Owned<IndicatorInfo>("p", "d", indicator)]));

    private static IEnumerable<(Breakdown Breakdown, GroupValue Truth, DisclosedGroupValue Shown)> Pairs(Respondent[] respondents, IndicatorInfo indicator, DisclosedIndicator shown) =>
        shown.Breakdowns.SelectMany(b => IndicatorEvaluator.EvaluateBy(indicator, respondents, b.Breakdown).Zip(b.Groups, (truth, group) => (b.Breakdown, truth, group)));

    [Fact]
    public void A_viewer_never_gets_a_count_below_k_nor_a_wrong_one()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var shown = Disclose(DisclosureRule.SmallCells(c.K), c.Respondents, c.Indicator);
            foreach (var (_, truth, group) in Pairs(c.Respondents, c.Indicator, shown))
            {
                Assert.Equal(truth.Code, group.Code);
                foreach (var (count, value) in new[] { (group.Numerator, truth.Value.Numerator), (group.NotCounted, truth.Value.Denominator - truth.Value.Numerator), (group.Denominator, truth.Value.Denominator) })
                {
                    Assert.True(!count.IsPublished || (count.Value == value && value >= c.K), $"{group.Code}: published {count} (true {value}), k={c.K}");
                    Assert.True(count.IsPublished || count.Value is null);
                }

                Assert.Equal(group.Numerator.IsPublished && group.Denominator.IsPublished, group.Value.IsPublished);
                Assert.Equal(group.Value.IsPublished ? truth.Value.Value : null, group.Value.Value);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    [Fact]
    public void The_secretariat_sees_everything()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var shown = Disclose(DisclosureRule.Unrestricted, c.Respondents, c.Indicator);
            Assert.Equal(IndicatorEngine.RoundBreakdowns, shown.Breakdowns.Select(b => b.Breakdown));
            foreach (var (_, truth, group) in Pairs(c.Respondents, c.Indicator, shown))
            {
                Assert.Equal(
                    (truth.Value.Numerator, truth.Value.Denominator - truth.Value.Numerator, truth.Value.Denominator, truth.Value.Value),
                    (group.Numerator.Value, group.NotCounted.Value, group.Denominator.Value, group.Value.Value));
                Assert.Equal(Suppression.None, group.Value.Suppression);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    [Fact]
    public void No_hidden_count_can_be_worked_out_from_the_published_ones()
    {
        var exercised = 0;
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var shown = Disclose(DisclosureRule.SmallCells(c.K), c.Respondents, c.Indicator);
            AssertNothingRecoverable(c.Respondents, c.K, [c.Indicator], [shown]);
            if (Counts(shown).Any(x => x.Suppression == Suppression.Complementary) && Counts(shown).Any(x => x.IsPublished))
            {
                exercised++;
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));

        TestContext.Current.TestOutputHelper?.WriteLine($"complementary suppression with published counts in {exercised} of {Runs} cases");
        Assert.True(exercised >= Runs / 10, $"only {exercised} of {Runs} cases needed complementary suppression and published anything");
    }

    private static IEnumerable<DisclosedCount> Counts(DisclosedIndicator shown) =>
        shown.Breakdowns.SelectMany(b => b.Groups).SelectMany(g => new[] { g.Numerator, g.NotCounted, g.Denominator });

    /// <summary>
    /// A family over "answered q": yes, no, partly, yes or partly and a random numerator (their
    /// counts are linked: yes + partly + no + other answers = N), or the phase family of the domain
    /// plugins: phase 1, 2, 3, 4 and phase 3 or above.
    /// </summary>
    private static Gen<(int K, Respondent[] Respondents, IndicatorInfo[] Indicators)> FamilyCases() =>
        from k in Gen.Choose(2, 6)
        from respondents in RandomRounds.Respondents(maxCount: 60, overlappingInstruments: false)
        from question in Gen.Elements(RandomRounds.Questions)
        from numerator in RandomRounds.Rule(1, [])
        from phases in Gen.Elements(true, false)
        select (k, respondents, phases
            ?
            [
                .. Phases.Select(p => RandomRounds.Make("phase " + p, CountryRule.Answering(question, p), CountryRule.Answered(question))),
                RandomRounds.Make("phase 3+", CountryRule.AtPhaseOrAbove(question, 3), CountryRule.Answered(question)),
            ]
            : new[]
            {
                RandomRounds.Make("yes", CountryRule.Answering(question, AnswerCodes.Yes), CountryRule.Answered(question)),
                RandomRounds.Make("no", CountryRule.Answering(question, AnswerCodes.No), CountryRule.Answered(question)),
                RandomRounds.Make("partly", CountryRule.Answering(question, AnswerCodes.Partly), CountryRule.Answered(question)),
                RandomRounds.Make("yes-or-partly", CountryRule.Answering(question, AnswerCodes.Yes, AnswerCodes.Partly), CountryRule.Answered(question)),
                RandomRounds.Make("random", numerator, CountryRule.Answered(question)),
            });

    [Fact]
    public void Indicators_over_one_denominator_reveal_nothing_together()
    {
        var exercised = 0;
        Prop.ForAll(FamilyCases().ToArbitrary(), c =>
        {
            // The family is the catalog's: asked for one member alone, the engine still protects the family.
            var engine = new IndicatorEngine(Catalog(c.Indicators), new PluginCallGuard(NullLogger<PluginCallGuard>.Instance, TimeProvider.System));
            var round = IndexedRound.Build(c.Respondents);
            var shown = engine.EvaluateRoundFor(DisclosureRule.SmallCells(c.K), round).ToList();
            AssertNothingRecoverable(c.Respondents, c.K, c.Indicators, shown);
            if (shown.SelectMany(Counts).Any(x => x.Suppression == Suppression.Complementary) && shown.SelectMany(Counts).Any(x => x.IsPublished))
            {
                exercised++;
            }

            var alone = Assert.Single(engine.EvaluateRoundFor(DisclosureRule.SmallCells(c.K), round, [engine.Indicators.Last()]));
            Assert.Equal(shown[^1].Breakdowns.SelectMany(b => b.Groups), alone.Breakdowns.SelectMany(b => b.Groups));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(FamilyRuns));

        TestContext.Current.TestOutputHelper?.WriteLine($"complementary suppression with published counts in {exercised} of {FamilyRuns} families");
        Assert.True(exercised >= FamilyRuns / 10, $"only {exercised} of {FamilyRuns} families needed complementary suppression and published anything");
    }

    private static FrameworkCatalog Catalog(IndicatorInfo[] indicators) => new(
    [
        new InstalledPlugin("plugins/p", null, PluginStatus.Active, "", [], new DomainContent(new DomainInfo("d", "D", "d", 1), [], [], indicators, []), [], TimeSpan.Zero),
    ]);

    /// <summary>
    /// Nothing hidden in <paramref name="shown"/> (indicators over one denominator) lies in the span
    /// of everything they publish together. The unknowns are the counts of every income group ×
    /// region × instrument set × (which of the indicators count the country) combination of the
    /// denominator's countries.
    /// </summary>
    private static void AssertNothingRecoverable(Respondent[] respondents, int k, IndicatorInfo[] indicators, List<DisclosedIndicator> shown)
    {
        var atoms = Atoms(respondents, indicators);
        var published = new List<double[]>();
        var hidden = new List<(string What, double[] Sum)>();
        for (var j = 0; j < shown.Count; j++)
        {
            foreach (var breakdown in shown[j].Breakdowns)
            {
                foreach (var group in breakdown.Groups)
                {
                    var members = atoms.Select(a => BreakdownGroups.Of(a.Unit, breakdown.Breakdown).Contains((group.Code, group.Name))).ToArray();
                    foreach (var (count, counted, notCounted, what) in new[] { (group.Numerator, true, false, "n"), (group.NotCounted, false, true, "N-n"), (group.Denominator, true, true, "N") })
                    {
                        var sum = atoms.Select((a, i) => members[i] && ((a.Counted & (1 << j)) != 0 ? counted : notCounted) ? 1.0 : 0.0).ToArray();
                        if (count.IsPublished)
                        {
                            published.Add(sum);
                        }
                        else
                        {
                            hidden.Add(($"{shown[j].Indicator.Item.Id} {breakdown.Breakdown}/{group.Code}/{what} ({count.Suppression})", sum));
                        }
                    }
                }
            }
        }

        var basis = Basis(published);
        foreach (var (what, sum) in hidden)
        {
            Assert.False(InSpan(basis, sum), $"hidden {what} (k={k}) is determined by the published counts\n{Dump(respondents, shown)}");
        }
    }

    private static string Dump(Respondent[] respondents, List<DisclosedIndicator> shown) =>
        string.Join("; ", respondents.Select(r => $"{r.CountryIso3}:{r.IncomeGroup}/{r.Region}/{string.Join("+", r.Instruments)}")) + "\n" +
        string.Join("\n", shown.SelectMany(s => s.Breakdowns.SelectMany(b => b.Groups.Select(g => $"{s.Indicator.Item.Id} {b.Breakdown}/{g.Code}: n={g.Numerator} ({g.Numerator.Suppression}) N-n={g.NotCounted} ({g.NotCounted.Suppression}) N={g.Denominator} ({g.Denominator.Suppression})"))));

    [Fact]
    public void The_high_income_band_and_the_high_income_group_are_hidden_alike()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var shown = Disclose(DisclosureRule.SmallCells(c.K), c.Respondents, c.Indicator);
            var band = shown.By(Breakdown.IncomeBand)!.Groups.SingleOrDefault(g => g.Code == BreakdownGroups.HighIncome);
            var group = shown.By(Breakdown.IncomeGroup)!.Groups.SingleOrDefault(g => g.Code == "H");
            Assert.Equal(band is null, group is null);
            if (band is not null && group is not null)
            {
                Assert.Equal((band.Numerator, band.NotCounted, band.Denominator), (group.Numerator, group.NotCounted, group.Denominator));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    /// <summary>
    /// Every combination of the round's income groups, regions and instrument sets and of which of
    /// <paramref name="indicators"/> count the country (a bit each): the combinations that occur among
    /// the denominator's countries (an attacker who knows which never occur is stronger, so the
    /// check is stricter), and for each indicator at least one it counts and one it does not, so
    /// that a zero count is an unknown as for the engine: a stand-in respondent for each.
    /// </summary>
    private static List<(Respondent Unit, int Counted)> Atoms(Respondent[] respondents, IndicatorInfo[] indicators)
    {
        var patterns = respondents
            .Where(r => IndicatorEvaluator.Accepts(indicators[0].Denominator, r.Answers))
            .Select(r => indicators.Select((i, j) => IndicatorEvaluator.Accepts(i.Numerator, r.Answers) ? 1 << j : 0).Sum())
            .ToHashSet();
        for (var j = 0; j < indicators.Length; j++)
        {
            // As the engine does: a count of zero is an unknown to the attacker, not a known empty combination.
            if (!patterns.Any(p => (p & (1 << j)) != 0))
            {
                patterns.Add(1 << j);
            }

            if (!patterns.Any(p => (p & (1 << j)) == 0))
            {
                patterns.Add(0);
            }
        }

        var incomes = respondents.Select(r => r.IncomeGroup).Distinct().ToList();
        var regions = respondents.Select(r => r.Region).Distinct().ToList();
        var instruments = respondents.SelectMany(r => r.Instruments).Distinct(StringComparer.Ordinal).ToList();
        var sets = Enumerable.Range(0, 1 << instruments.Count)
            .Select(mask => instruments.Where((_, i) => (mask & (1 << i)) != 0).ToArray())
            .ToList();
        var none = new CountryAnswers("X", new Dictionary<string, IReadOnlyList<string>>());
        return [.. from income in incomes
                   from region in regions
                   from set in sets
                   from counted in patterns
                   select (new Respondent(none, set, income, region), counted)];
    }

    private const double Epsilon = 1e-9;

    /// <summary>A reduced basis of the rows' span: each row with its pivot column.</summary>
    private static List<(int Pivot, double[] Row)> Basis(List<double[]> rows)
    {
        var basis = new List<(int Pivot, double[] Row)>();
        foreach (var row in rows)
        {
            var r = Reduce(basis, row);
            var pivot = Array.FindIndex(r, x => Math.Abs(x) > Epsilon);
            if (pivot >= 0)
            {
                var scale = r[pivot];
                basis.Add((pivot, r.Select(x => x / scale).ToArray()));
            }
        }

        return basis;
    }

    private static double[] Reduce(List<(int Pivot, double[] Row)> basis, double[] vector)
    {
        var v = (double[])vector.Clone();
        foreach (var (pivot, row) in basis)
        {
            var factor = v[pivot];
            if (Math.Abs(factor) > Epsilon)
            {
                for (var i = 0; i < v.Length; i++)
                {
                    v[i] -= factor * row[i];
                }
            }
        }

        return v;
    }

    private static bool InSpan(List<(int Pivot, double[] Row)> basis, double[] vector) => Reduce(basis, vector).All(x => Math.Abs(x) < 1e-6);
}
