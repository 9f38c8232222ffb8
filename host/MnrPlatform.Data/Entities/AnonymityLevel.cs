namespace MnrPlatform.Data.Entities;

/// <summary>How an anonymised example names its country's group.</summary>
public enum AnonymityLevel
{
    /// <summary>"A country in Eastern Europe": the UN M49 sub-region (or intermediate region where M49 has one).</summary>
    SubRegion,

    /// <summary>"A country in Europe": the UN M49 region.</summary>
    Region,

    /// <summary>"A high-income country": the World Bank income group.</summary>
    IncomeGroup,
}
