using System.Text.RegularExpressions;

namespace MnrPlatform.Sdk.Content;

/// <summary>
/// The form of every stable code and id (domains, capabilities, questions, indicators, charts,
/// plugins): lower-case letters and digits in parts joined by single dots or dashes, e.g.
/// <c>victim.child-helpline.in-place</c>.
/// </summary>
public static partial class StableCode
{
    /// <summary>The pattern a stable code matches.</summary>
    public const string Pattern = "^[a-z0-9]+([.-][a-z0-9]+)*$";

    /// <summary>Whether <paramref name="code"/> is a well-formed stable code.</summary>
    public static bool IsValid(string? code) => code is not null && Regex().IsMatch(code);

    [GeneratedRegex(Pattern)]
    private static partial Regex Regex();
}
