using System.Globalization;
using System.Text.RegularExpressions;

namespace MnrPlatform.Core.Plugins;

/// <summary>A semantic version (major.minor.patch with an optional pre-release), compared by semver's precedence rules.</summary>
public sealed partial record SemanticVersion(int Major, int Minor, int Patch, string PreRelease = "") : IComparable<SemanticVersion>
{
    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex Pattern();

    /// <summary>Reads "1.2.3", "1.2.3-beta.1" or "1.2.3+build"; build metadata is ignored.</summary>
    public static bool TryParse(string? text, out SemanticVersion version)
    {
        version = new SemanticVersion(0, 0, 0);
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true }
            || !TryParseNumber(match.Groups[1].Value, out var major)
            || !TryParseNumber(match.Groups[2].Value, out var minor)
            || !TryParseNumber(match.Groups[3].Value, out var patch))
        {
            return false;
        }

        version = new SemanticVersion(major, minor, patch, match.Groups[4].Value);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(SemanticVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        return byNumbers != 0 ? byNumbers : ComparePreRelease(PreRelease, other.PreRelease);
    }

    /// <summary>Whether <paramref name="left"/> precedes <paramref name="right"/>.</summary>
    public static bool operator <(SemanticVersion left, SemanticVersion right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> follows <paramref name="right"/>.</summary>
    public static bool operator >(SemanticVersion left, SemanticVersion right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> precedes or equals <paramref name="right"/>.</summary>
    public static bool operator <=(SemanticVersion left, SemanticVersion right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> follows or equals <paramref name="right"/>.</summary>
    public static bool operator >=(SemanticVersion left, SemanticVersion right) => Compare(left, right) >= 0;

    /// <inheritdoc />
    public override string ToString() =>
        PreRelease.Length == 0 ? $"{Major}.{Minor}.{Patch}" : $"{Major}.{Minor}.{Patch}-{PreRelease}";

    private static int Compare(SemanticVersion? left, SemanticVersion? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static bool TryParseNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    // A release ranks above its pre-releases; identifiers compare numerically when both are numbers.
    private static int ComparePreRelease(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return Math.Sign(right.Length.CompareTo(left.Length));
        }

        var leftParts = left.Split('.');
        var rightParts = right.Split('.');
        for (var i = 0; i < Math.Min(leftParts.Length, rightParts.Length); i++)
        {
            var leftIsNumber = long.TryParse(leftParts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var leftNumber);
            var rightIsNumber = long.TryParse(rightParts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var rightNumber);
            var compared = (leftIsNumber, rightIsNumber) switch
            {
                (true, true) => leftNumber.CompareTo(rightNumber),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(leftParts[i], rightParts[i]),
            };
            if (compared != 0)
            {
                return Math.Sign(compared);
            }
        }

        return leftParts.Length.CompareTo(rightParts.Length);
    }
}
