using System.Globalization;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Indicators;

/// <summary>Evaluates a plugin's declarative indicator over countries' answers.</summary>
public static class IndicatorEvaluator
{
    /// <summary>
    /// Counts N, the countries the denominator rule accepts, and n, those of them the numerator rule
    /// accepts. A <see cref="PredicateRule"/> runs plugin code: call this through
    /// <see cref="Plugins.PluginCallGuard"/>.
    /// </summary>
    public static IndicatorValue Evaluate(IndicatorInfo indicator, IEnumerable<ICountryAnswers> countries)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var denominator = countries.Where(c => Accepts(indicator.Denominator, c)).ToList();
        var numerator = denominator.Count(c => Accepts(indicator.Numerator, c));
        decimal? value = denominator.Count == 0 ? null : numerator * indicator.Factor / denominator.Count;
        return new IndicatorValue(numerator, denominator.Count, value);
    }

    /// <summary>
    /// Evaluates <paramref name="indicator"/> for each group of <paramref name="breakdown"/> that has
    /// respondents, in the groups' display order (income from high to low, unknown last). A country
    /// counts once in a group, even if it is listed twice (an instrument named twice).
    /// This is the reference: <see cref="IndexedRound.EvaluateBy"/> gives the same over an index.
    /// </summary>
    public static IReadOnlyList<GroupValue> EvaluateBy(IndicatorInfo indicator, IEnumerable<Respondent> respondents, Breakdown breakdown) =>
        [.. respondents
            .SelectMany(r => BreakdownGroups.Of(r, breakdown).Distinct().Select(group => (Group: group, Respondent: r)))
            .GroupBy(x => x.Group)
            .OrderBy(g => g.Key.Code, BreakdownGroups.Order)
            .Select(g => new GroupValue(g.Key.Code, g.Key.Name, Evaluate(indicator, g.Select(x => x.Respondent.Answers))))];

    /// <summary>Whether <paramref name="rule"/> counts <paramref name="country"/>.</summary>
    public static bool Accepts(CountryRule rule, ICountryAnswers country) => rule switch
    {
        AnsweredRule answered => country.ValuesOf(answered.QuestionId).Any(IsSubstantive),
        AnswerInRule answerIn => country.ValuesOf(answerIn.QuestionId).Any(v => answerIn.AnswerCodes.Contains(v, StringComparer.Ordinal)),
        PhaseAtLeastRule phase => country.ValuesOf(phase.QuestionId).Any(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= phase.Phase),
        AllOfRule all => all.Rules.All(r => Accepts(r, country)),
        PredicateRule predicate => predicate.Predicate(country),
        _ => throw new NotSupportedException($"Rule type {rule.GetType().Name} is not known to this host."),
    };

    private static bool IsSubstantive(string value) => value is not (AnswerCodes.DontKnow or AnswerCodes.NotApplicable);
}
