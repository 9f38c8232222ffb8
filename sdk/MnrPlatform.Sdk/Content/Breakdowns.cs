namespace MnrPlatform.Sdk.Content;

/// <summary>The breakdowns an indicator may be shown by, besides all countries together.</summary>
[Flags]
public enum Breakdowns
{
    /// <summary>All countries together only.</summary>
    None = 0,

    /// <summary>By World Bank income group.</summary>
    IncomeGroup = 1,

    /// <summary>By UN M49 region.</summary>
    Region = 2,

    /// <summary>By survey instrument.</summary>
    Instrument = 4,

    /// <summary>Across survey rounds (a time series).</summary>
    Round = 8,

    /// <summary>Every breakdown.</summary>
    All = IncomeGroup | Region | Instrument | Round,
}
