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
    /// <summary>The predicate for <paramref name="indicator"/>, in the past tense.</summary>
    public static string Of(IndicatorInfo indicator, FrameworkCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(catalog);
        var capability = catalog.Capability(indicator.CapabilityCode)?.Item.Name.English ?? indicator.CapabilityCode;
        return indicator.Numerator switch
        {
            PhaseAtLeastRule phase => $"assessed {capability} at phase {phase.Phase} or above",
            AnswerInRule answer when catalog.Question(answer.QuestionId)?.Item is { Kind: QuestionKind.MaturityPhase } =>
                $"assessed {capability} at phase {string.Join(" or ", answer.AnswerCodes)}",
            AnswerInRule answer when catalog.Question(answer.QuestionId)?.Item is { } question =>
                $"answered {string.Join(" or ", answer.AnswerCodes.Select(Code))} to “{question.Text.English.Trim()}”",
            _ => $"are counted by the indicator “{indicator.Name.English}”",
        };
    }

    private static string Code(string code) => code switch
    {
        AnswerCodes.DontKnow => "don't know",
        AnswerCodes.NotApplicable => "not applicable",
        _ => code,
    };
}
