namespace MnrPlatform.Core.Indicators;

/// <summary>How the countries of a round are grouped when an indicator is evaluated.</summary>
public enum Breakdown
{
    /// <summary>All countries together.</summary>
    All,

    /// <summary>By the four World Bank income groups.</summary>
    IncomeGroup,

    /// <summary>High income against low and middle income, the split the 2021 review reports.</summary>
    IncomeBand,

    /// <summary>By UN M49 region.</summary>
    Region,

    /// <summary>By the survey instrument the country answered.</summary>
    Instrument,
}
