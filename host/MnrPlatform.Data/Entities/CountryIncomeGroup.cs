using MnrPlatform.Core.Reference;

namespace MnrPlatform.Data.Entities;

/// <summary>A country's World Bank income group in one classification (reference data).</summary>
public sealed class CountryIncomeGroup
{
    /// <summary>The country (ISO 3166-1 alpha-3).</summary>
    public required string CountryIso3 { get; set; }

    /// <summary>The World Bank fiscal year of the classification: 2022 is the one published on 1 July 2021.</summary>
    public int FiscalYear { get; set; }

    /// <summary>The income group; stored as the World Bank's code (L, LM, UM, H).</summary>
    public IncomeGroup Group { get; set; }
}
