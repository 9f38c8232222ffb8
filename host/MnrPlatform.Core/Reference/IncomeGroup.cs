namespace MnrPlatform.Core.Reference;

/// <summary>
/// The World Bank's income groups. The file codes are <c>L</c>, <c>LM</c>, <c>UM</c> and <c>H</c>;
/// see <see cref="IncomeGroups"/> for the codes and display names.
/// </summary>
public enum IncomeGroup
{
    /// <summary>Low income (code <c>L</c>).</summary>
    Low,

    /// <summary>Lower-middle income (code <c>LM</c>).</summary>
    LowerMiddle,

    /// <summary>Upper-middle income (code <c>UM</c>).</summary>
    UpperMiddle,

    /// <summary>High income (code <c>H</c>).</summary>
    High,
}
