namespace MnrPlatform.Data.Reference;

/// <summary>
/// One ISO 3166-1 country or territory with its UN M49 regions, as read from <c>countries.csv</c>.
/// </summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 code, two capital letters (e.g. <c>KE</c>).</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code, three capital letters (e.g. <c>KEN</c>); the key used elsewhere.</param>
/// <param name="NumericCode">ISO 3166-1 numeric code, three digits with leading zeros kept (e.g. <c>004</c>).</param>
/// <param name="Name">A readable short English name in UN M49 style (e.g. <c>Viet Nam</c>).</param>
/// <param name="Region">M49 region (e.g. <c>Africa</c>); <see langword="null"/> only for an entry M49 puts in no region (Antarctica).</param>
/// <param name="SubRegion">M49 sub-region (e.g. <c>Sub-Saharan Africa</c>); <see langword="null"/> exactly when <paramref name="Region"/> is.</param>
/// <param name="IntermediateRegion">M49 intermediate region (e.g. <c>Eastern Africa</c>); <see langword="null"/> where M49 has none.</param>
public sealed record CountryRecord(
    string Iso2,
    string Iso3,
    string NumericCode,
    string Name,
    string? Region,
    string? SubRegion,
    string? IntermediateRegion);
