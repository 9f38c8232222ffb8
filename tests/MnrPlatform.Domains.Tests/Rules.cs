using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Tests;

/// <summary>Country rules as text, because records holding lists compare them by reference.</summary>
internal static class Rules
{
    public static string Describe(CountryRule rule) => rule switch
    {
        AnsweredRule r => $"answered({r.QuestionId})",
        AnswerInRule r => $"answering({r.QuestionId}: {string.Join("|", r.AnswerCodes)})",
        PhaseAtLeastRule r => $"phase({r.QuestionId}) >= {r.Phase}",
        AllOfRule r => $"all({string.Join(", ", r.Rules.Select(Describe))})",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "A rule kind this test does not know."),
    };
}
