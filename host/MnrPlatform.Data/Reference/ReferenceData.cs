namespace MnrPlatform.Data.Reference;

/// <summary>The shipped reference data: countries with M49 regions and World Bank income groups per year.</summary>
/// <param name="Countries">Every country and territory, in file order (by ISO alpha-3).</param>
/// <param name="IncomeGroups">Income group rows, in file order (by fiscal year, then ISO alpha-3).</param>
/// <param name="Sources">Each file's <c># source:</c> lines as <c>file: text</c>, countries first.</param>
public sealed record ReferenceData(
    IReadOnlyList<CountryRecord> Countries,
    IReadOnlyList<IncomeGroupRecord> IncomeGroups,
    IReadOnlyList<string> Sources);
