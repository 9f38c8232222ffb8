namespace MnrPlatform.Data.Entities;

/// <summary>A country or territory of ISO 3166-1, with its UN M49 region (reference data).</summary>
public sealed class Country
{
    /// <summary>ISO 3166-1 alpha-3 code: the key every country-owned row uses.</summary>
    public required string Iso3 { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public required string Iso2 { get; set; }

    /// <summary>ISO 3166-1 numeric code (three digits, also the UN M49 country code).</summary>
    public required string NumericCode { get; set; }

    /// <summary>Short English name.</summary>
    public required string Name { get; set; }

    /// <summary>UN M49 region (e.g. Africa); null where M49 assigns none (Antarctica).</summary>
    public string? Region { get; set; }

    /// <summary>UN M49 sub-region (e.g. Sub-Saharan Africa).</summary>
    public string? SubRegion { get; set; }

    /// <summary>UN M49 intermediate region (e.g. Eastern Africa), where M49 has one.</summary>
    public string? IntermediateRegion { get; set; }

    /// <summary>The country's World Bank income group by fiscal year.</summary>
    public List<CountryIncomeGroup> IncomeGroups { get; } = [];
}
