using MnrPlatform.Core.Reference;

namespace MnrPlatform.Data.Reference;

/// <summary>The World Bank income group of one economy in one World Bank fiscal year.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code of the economy; a <see cref="CountryRecord.Iso3"/>.</param>
/// <param name="FiscalYear">
/// The World Bank fiscal year of the classification: 2022 is the classification published on
/// 1 July 2021 (from 2020 GNI per capita) and in force until 30 June 2022.
/// </param>
/// <param name="Group">The income group.</param>
public sealed record IncomeGroupRecord(string Iso3, int FiscalYear, IncomeGroup Group);
