using System.Diagnostics.CodeAnalysis;

namespace MnrPlatform.Data.Reference;

/// <summary>The World Bank's codes and display names of <see cref="IncomeGroup"/> values.</summary>
public static class IncomeGroups
{
    /// <summary>The four groups from low to high.</summary>
    public static IReadOnlyList<IncomeGroup> All { get; } =
        [IncomeGroup.Low, IncomeGroup.LowerMiddle, IncomeGroup.UpperMiddle, IncomeGroup.High];

    /// <summary>The World Bank's code of a group: <c>L</c>, <c>LM</c>, <c>UM</c> or <c>H</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined value.</exception>
    public static string Code(IncomeGroup group) => group switch
    {
        IncomeGroup.Low => "L",
        IncomeGroup.LowerMiddle => "LM",
        IncomeGroup.UpperMiddle => "UM",
        IncomeGroup.High => "H",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Not an income group."),
    };

    /// <summary>The World Bank's name of a group, e.g. "Lower-middle income".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined value.</exception>
    public static string DisplayName(IncomeGroup group) => group switch
    {
        IncomeGroup.Low => "Low income",
        IncomeGroup.LowerMiddle => "Lower-middle income",
        IncomeGroup.UpperMiddle => "Upper-middle income",
        IncomeGroup.High => "High income",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Not an income group."),
    };

    /// <summary>Reads a World Bank code (<c>L</c>, <c>LM</c>, <c>UM</c>, <c>H</c>; exact case, no spaces).</summary>
    /// <exception cref="FormatException"><paramref name="code"/> is not one of the four codes.</exception>
    public static IncomeGroup Parse(string code) =>
        TryParse(code, out var group)
            ? group
            : throw new FormatException($"'{code}' is not a World Bank income group code ({string.Join(", ", All.Select(Code))}).");

    /// <summary>Reads a World Bank code; <see langword="false"/> when it is not one of the four.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out IncomeGroup group)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(code, Code(candidate), StringComparison.Ordinal))
            {
                group = candidate;
                return true;
            }
        }

        group = default;
        return false;
    }
}
