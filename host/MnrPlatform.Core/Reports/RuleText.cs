using MnrPlatform.Core.Catalog;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Reports;

/// <summary>A country rule in words, for a report's methodology annex.</summary>
public static class RuleText
{
    /// <summary>Who <paramref name="rule"/> counts, e.g. "countries that answered question q (yes/no; don't know and not applicable excluded)".</summary>
    public static string Describe(CountryRule rule, FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(catalog);
        return rule switch
        {
            AnsweredRule answered => $"countries that answered {answered.QuestionId} (\"don't know\" and \"not applicable\" excluded)",
            AnswerInRule answer => $"countries answering {string.Join(" or ", answer.AnswerCodes)} to {answer.QuestionId}",
            PhaseAtLeastRule phase => $"countries at phase {phase.Phase} or above on {phase.QuestionId}",
            AllOfRule all => string.Join(" and ", all.Rules.Select(r => Describe(r, catalog))),
            PredicateRule predicate => predicate.Description.English,
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
}
