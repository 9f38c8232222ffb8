using System.Diagnostics.CodeAnalysis;

namespace MnrPlatform.Core.Reference;

/// <summary>The World Bank's codes and display names of <see cref="IncomeGroup"/> values.</summary>
public static class IncomeGroups
{
    private static readonly (IncomeGroup Group, string Code, string DisplayName)[] Entries =
    [
        (IncomeGroup.Low, "L", "Low income"),
        (IncomeGroup.LowerMiddle, "LM", "Lower-middle income"),
        (IncomeGroup.UpperMiddle, "UM", "Upper-middle income"),
        (IncomeGroup.High, "H", "High income"),
    ];

    /// <summary>The four groups from low to high.</summary>
    public static IReadOnlyList<IncomeGroup> All { get; } = [.. Entries.Select(entry => entry.Group)];

    /// <summary>The World Bank's code of a group: <c>L</c>, <c>LM</c>, <c>UM</c> or <c>H</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined value.</exception>
    public static string Code(IncomeGroup group) => EntryOf(group).Code;

    /// <summary>The World Bank's name of a group, e.g. "Lower-middle income".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not a defined value.</exception>
    public static string DisplayName(IncomeGroup group) => EntryOf(group).DisplayName;

    /// <summary>Reads a World Bank code (<c>L</c>, <c>LM</c>, <c>UM</c>, <c>H</c>; exact case, no spaces).</summary>
    /// <exception cref="FormatException"><paramref name="code"/> is not one of the four codes.</exception>
    public static IncomeGroup Parse(string code) =>
        TryParse(code, out var group)
            ? group
            : throw new FormatException($"'{code}' is not a World Bank income group code ({string.Join(", ", Entries.Select(entry => entry.Code))}).");

    /// <summary>Reads a World Bank code; <see langword="false"/> when it is not one of the four.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out IncomeGroup group)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(code, entry.Code, StringComparison.Ordinal))
            {
                group = entry.Group;
                return true;
            }
        }

        group = default;
        return false;
    }

    private static (IncomeGroup Group, string Code, string DisplayName) EntryOf(IncomeGroup group)
    {
        foreach (var entry in Entries)
        {
            if (entry.Group == group)
            {
                return entry;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(group), group, "Not an income group.");
    }
}
