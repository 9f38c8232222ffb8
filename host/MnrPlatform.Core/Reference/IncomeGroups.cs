using System.Diagnostics.CodeAnalysis;

namespace MnrPlatform.Core.Reference;

/// <summary>The World Bank's codes and names of the <see cref="IncomeGroup"/>s.</summary>
public static class IncomeGroups
{
    /// <summary>The groups from high to low, the order pages and tables use.</summary>
    public static IReadOnlyList<IncomeGroup> HighToLow { get; } =
        [IncomeGroup.High, IncomeGroup.UpperMiddle, IncomeGroup.LowerMiddle, IncomeGroup.Low];

    /// <summary>The World Bank's code: L, LM, UM or H.</summary>
    public static string Code(IncomeGroup group) => group switch
    {
        IncomeGroup.Low => "L",
        IncomeGroup.LowerMiddle => "LM",
        IncomeGroup.UpperMiddle => "UM",
        IncomeGroup.High => "H",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Not an income group."),
    };

    /// <summary>The display name, e.g. "Upper-middle income".</summary>
    public static string Name(IncomeGroup group) => group switch
    {
        IncomeGroup.Low => "Low income",
        IncomeGroup.LowerMiddle => "Lower-middle income",
        IncomeGroup.UpperMiddle => "Upper-middle income",
        IncomeGroup.High => "High income",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Not an income group."),
    };

    /// <summary>Reads a World Bank code; throws <see cref="FormatException"/> for anything else.</summary>
    public static IncomeGroup Parse(string code) =>
        TryParse(code, out var group) ? group.Value : throw new FormatException($"'{code}' is not a World Bank income group code (L, LM, UM or H).");

    /// <summary>Reads a World Bank code (L, LM, UM, H; exact case).</summary>
    public static bool TryParse(string? code, [NotNullWhen(true)] out IncomeGroup? group)
    {
        group = code switch
        {
            "L" => IncomeGroup.Low,
            "LM" => IncomeGroup.LowerMiddle,
            "UM" => IncomeGroup.UpperMiddle,
            "H" => IncomeGroup.High,
            _ => null,
        };
        return group is not null;
    }
}
