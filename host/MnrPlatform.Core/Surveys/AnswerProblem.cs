namespace MnrPlatform.Core.Surveys;

/// <summary>
/// Why <see cref="AnswerRules"/> refuses a value, comment or link: a code with the values it names, so a
/// page can word it in the reader's language; <see cref="English"/> is the fragment the API and imports give
/// ("\"abc\" is not a number (…)"), to follow "The answer", "The comment" or "The evidence link".
/// </summary>
/// <param name="Code">One of the constants of this type.</param>
/// <param name="English">The English fragment.</param>
/// <param name="Arguments">The values the wording names, in order (invariant text).</param>
public sealed record AnswerProblem(string Code, string English, IReadOnlyList<string> Arguments)
{
    /// <summary>An example question takes no answer.</summary>
    public const string Example = "Example";

    /// <summary>A NUL character.</summary>
    public const string Nul = "Nul";

    /// <summary>Another control character; argument: its code point ("U+0007").</summary>
    public const string Control = "Control";

    /// <summary>Too long; arguments: the length, the most allowed.</summary>
    public const string TooLong = "TooLong";

    /// <summary>"Don't know" or "not applicable" where the question does not offer it; argument: the code.</summary>
    public const string SpecialNotAllowed = "SpecialNotAllowed";

    /// <summary>Not one of the codes; arguments: the value, the codes allowed.</summary>
    public const string NotOneOf = "NotOneOf";

    /// <summary>A part of a multiple choice is not one of the codes; arguments: the part, the codes, the separator.</summary>
    public const string NotOneOfSeveral = "NotOneOfSeveral";

    /// <summary>Not a number; argument: the value.</summary>
    public const string NotANumber = "NotANumber";

    /// <summary>Not a phase; arguments: the value, the highest phase.</summary>
    public const string NotAPhase = "NotAPhase";

    /// <summary>An evidence link that is not an http(s) address.</summary>
    public const string NotALink = "NotALink";
}
