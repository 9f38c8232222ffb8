using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Reference;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Tests.Indicators;

/// <summary>Generators of random rounds (respondents with answers and attributes) and random indicator rules.</summary>
internal static class RandomRounds
{
    public static readonly string[] Questions = ["q0", "q1", "q2", "q3"];

    /// <summary>Answer values, including the edge cases of the reference's parsing: padded, signed and empty values.</summary>
    public static readonly string[] Values =
        [AnswerCodes.Yes, AnswerCodes.No, AnswerCodes.Partly, AnswerCodes.DontKnow, AnswerCodes.NotApplicable, "1", "2", "3", "4", "04", "+2", " 3", "", "x"];

    private static readonly string?[] Regions = [null, "", "Africa", "Europe", "Asia", "unknown"];
    private static readonly string[] Instruments = ["gov", "unicef", "other"];

    public static Gen<Respondent[]> Respondents(int maxCount = 40, bool overlappingInstruments = true) =>
        from count in Gen.Choose(0, maxCount)
        from people in Gen.ArrayOf(Respondent(overlappingInstruments), count)
        select people.Select((r, i) => r with { Answers = r.Answers with { CountryCode = string.Create(CultureInfo.InvariantCulture, $"C{i:D2}") } }).ToArray();

    private static Gen<Respondent> Respondent(bool overlappingInstruments) =>
        from answers in Gen.ArrayOf(Answer(), Questions.Length)
        from income in Gen.Choose(-1, 3)
        from region in Gen.Elements(Regions)
        from instruments in overlappingInstruments
            ? Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(Instruments), n))
            : Gen.Elements(Instruments).Select(i => new[] { i })
        select new Respondent(
            new CountryAnswers("C", Questions.Zip(answers).Where(x => x.Second is not null).ToDictionary(x => x.First, x => (IReadOnlyList<string>)x.Second!)),
            instruments,
            income < 0 ? null : (IncomeGroup)income,
            region);

    private static Gen<string[]?> Answer() =>
        Gen.Frequency(
            (1, Gen.Constant<string[]?>(null)),
            (3, Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Gen.Elements(Values), n)).Select(a => (string[]?)a)));

    /// <summary>Declarative rules, and predicates (plugin code) when <paramref name="predicates"/> are given.</summary>
    public static Gen<CountryRule> Rule(int depth, IReadOnlyList<CountryRule> predicates)
    {
        var question = Gen.Elements(Questions);
        var leaves = new List<(int, Gen<CountryRule>)>
        {
            (3, question.Select(CountryRule.Answered)),
            (3, from q in question from codes in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(Values), n)) select CountryRule.Answering(q, codes)),
            (3, from q in question from phase in Gen.Choose(-1, 5) select CountryRule.AtPhaseOrAbove(q, phase)),
        };
        if (predicates.Count > 0)
        {
            leaves.Add((2, Gen.Elements(predicates.ToArray())));
        }

        var leaf = Gen.Frequency(leaves.ToArray());
        return depth <= 0
            ? leaf
            : Gen.Frequency(
                (3, leaf),
                (1, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Rule(depth - 1, predicates), n)).Select(CountryRule.AllOf)));
    }

    public static Gen<IndicatorInfo> Indicator(IReadOnlyList<CountryRule> predicates) =>
        from numerator in Rule(2, predicates)
        from denominator in Rule(2, predicates)
        from factor in Gen.Elements(100m, 1m, 7m)
        select Make("random", numerator, denominator, factor);

    public static IndicatorInfo Make(string id, CountryRule numerator, CountryRule denominator, decimal factor = 100m, Breakdowns breakdowns = Breakdowns.All) => new()
    {
        Id = id,
        CapabilityCode = "c",
        Name = id,
        Measures = "m",
        Numerator = numerator,
        Denominator = denominator,
        Factor = factor,
        Breakdowns = breakdowns,
        Metadata = new IndicatorMetadata("p", "c", "l"),
    };
}
