using System.Globalization;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Reports;

/// <summary>
/// What the countries an indicator counts did, in words, for <see cref="FindingText"/>: written from
/// the indicator's declarative numerator rule and the question it reads ("answered yes to “Does your
/// country have a national child helpline?”", "assessed Child helpline at phase 3 or above"). This is
/// the generic wording, for indicators whose plugin supplies no finding template (<see cref="FindingTemplate"/>).
/// </summary>
public static class FindingPredicate
{
    /// <summary>
    /// The predicate for <paramref name="indicator"/> in <paramref name="culture"/>, in the past tense and
    /// the plural (third person plural in French and Spanish, feminine singular for the non-human plural in Arabic);
    /// capability names, questions and indicator names in the plugins' translation. English when <paramref name="culture"/> is null.
    /// </summary>
    public static string Of(IndicatorInfo indicator, FrameworkCatalog catalog, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(catalog);
        culture ??= CultureInfo.InvariantCulture;
        var english = FindingWords.IsEnglish(culture);
        var capability = catalog.Capability(indicator.CapabilityCode)?.Item.Name is { } name
            ? (english ? name.English : name.For(culture))
            : indicator.CapabilityCode;
        return indicator.Numerator switch
        {
            PhaseAtLeastRule phase => FindingWords.Format("Predicate.PhaseAtLeast", culture, capability, phase.Phase),
            AnswerInRule answer when catalog.Question(answer.QuestionId)?.Item is { Kind: QuestionKind.MaturityPhase } =>
                FindingWords.Format("Predicate.PhaseIn", culture, capability, FindingWords.Or(answer.AnswerCodes, culture)),
            AnswerInRule answer when catalog.Question(answer.QuestionId)?.Item is { } question =>
                FindingWords.Format("Predicate.Answered", culture, FindingWords.Or(answer.AnswerCodes.Select(c => FindingWords.Code(c, culture)), culture), Text(question.Text, culture).Trim()),
            _ => FindingWords.Format("Predicate.Counted", culture, Text(indicator.Name, culture)),
        };
    }

    private static string Text(LocalizedText text, CultureInfo culture) => FindingWords.IsEnglish(culture) ? text.English : text.For(culture);
}
