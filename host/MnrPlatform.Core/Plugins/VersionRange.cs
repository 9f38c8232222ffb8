using System.Text.RegularExpressions;

namespace MnrPlatform.Core.Plugins;

/// <summary>
/// A range of SDK versions in NuGet's interval notation, e.g. <c>[1.0.0, 2.0.0)</c>: square brackets
/// include the bound, round ones exclude it. Plugins must give an upper bound, because the next
/// major SDK version may break them.
/// </summary>
public sealed partial record VersionRange(SemanticVersion Minimum, bool IncludesMinimum, SemanticVersion Maximum, bool IncludesMaximum)
{
    [GeneratedRegex(@"^\s*([\[(])\s*([^,\s]+)\s*,\s*([^\]\)\s]+)\s*([\])])\s*$")]
    private static partial Regex Interval();

    /// <summary>Reads a range, or says what is wrong with it.</summary>
    public static bool TryParse(string? text, out VersionRange range, out string problem)
    {
        range = new VersionRange(new SemanticVersion(0, 0, 0), true, new SemanticVersion(0, 0, 0), false);
        var match = text is null ? null : Interval().Match(text);
        if (match is not { Success: true })
        {
            problem = $"'{text}' is not a version range with a lower and an upper bound, such as \"[1.0.0, 2.0.0)\"";
            return false;
        }

        if (!SemanticVersion.TryParse(match.Groups[2].Value, out var minimum) || !SemanticVersion.TryParse(match.Groups[3].Value, out var maximum))
        {
            problem = $"'{text}' has a bound that is not a version like 1.0.0";
            return false;
        }

        range = new VersionRange(minimum, match.Groups[1].Value == "[", maximum, match.Groups[4].Value == "]");
        if (maximum < minimum || (maximum == minimum && !(range.IncludesMinimum && range.IncludesMaximum)))
        {
            problem = $"'{text}' contains no version: its upper bound is not above its lower bound";
            return false;
        }

        problem = "";
        return true;
    }

    /// <summary>Whether <paramref name="version"/> lies in the range.</summary>
    public bool Contains(SemanticVersion version)
    {
        var lower = version.CompareTo(Minimum);
        var upper = version.CompareTo(Maximum);
        return (IncludesMinimum ? lower >= 0 : lower > 0) && (IncludesMaximum ? upper <= 0 : upper < 0);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{(IncludesMinimum ? '[' : '(')}{Minimum}, {Maximum}{(IncludesMaximum ? ']' : ')')}";
}
