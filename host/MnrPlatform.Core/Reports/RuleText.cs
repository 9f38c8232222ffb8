using System.Globalization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Reports;

/// <summary>A country rule in words, for a report's methodology annex.</summary>
public static class RuleText
{
    /// <summary>
    /// Who <paramref name="rule"/> counts, e.g. "countries that answered question q (yes/no; don't know and not applicable excluded)",
    /// in <paramref name="culture"/> (English when null; question ids stay as they are).
    /// </summary>
    public static string Describe(CountryRule rule, FrameworkCatalog catalog, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(catalog);
        culture ??= CultureInfo.InvariantCulture;
        return rule switch
        {
            AnsweredRule answered => FindingWords.Format("Rule.Answered", culture, answered.QuestionId),
            AnswerInRule answer => FindingWords.Format("Rule.AnswerIn", culture, FindingWords.Or(answer.AnswerCodes.Select(c => Code(c, culture)), culture), answer.QuestionId),
            PhaseAtLeastRule phase => FindingWords.Format("Rule.PhaseAtLeast", culture, phase.Phase, phase.QuestionId),
            AllOfRule all => string.Join(FindingWords.Get("Rule.And", culture), all.Rules.Select(r => Describe(r, catalog, culture))),
            PredicateRule predicate => FindingWords.IsEnglish(culture) ? predicate.Description.English : predicate.Description.For(culture),
            _ => rule.ToString(),
        };
    }

    /// <summary>The instruments that ask any question <paramref name="rule"/> reads, by code, in code order.</summary>
    public static IReadOnlyList<string> Instruments(CountryRule rule, FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. rule.QuestionIds.SelectMany(q => catalog.Question(q)?.Item.Instruments ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    // The English annex has always quoted the codes themselves.
    private static string Code(string code, CultureInfo culture) => FindingWords.IsEnglish(culture) ? code : FindingWords.Code(code, culture);
}
