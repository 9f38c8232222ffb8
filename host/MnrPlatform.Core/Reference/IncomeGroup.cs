namespace MnrPlatform.Core.Reference;

/// <summary>A World Bank income group (the classification is revised every 1 July).</summary>
public enum IncomeGroup
{
    /// <summary>Low income (World Bank code L).</summary>
    Low,

    /// <summary>Lower-middle income (LM).</summary>
    LowerMiddle,

    /// <summary>Upper-middle income (UM).</summary>
    UpperMiddle,

    /// <summary>High income (H).</summary>
    High,
}
