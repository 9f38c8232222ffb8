using MnrPlatform.Core.Reference;
using MnrPlatform.Data.Reference;

namespace MnrPlatform.Data.Tests.Reference;

public sealed class IncomeGroupsAndM49Tests
{
    [Theory]
    [InlineData(IncomeGroup.Low, "L", "Low income")]
    [InlineData(IncomeGroup.LowerMiddle, "LM", "Lower-middle income")]
    [InlineData(IncomeGroup.UpperMiddle, "UM", "Upper-middle income")]
    [InlineData(IncomeGroup.High, "H", "High income")]
    public void Income_groups_map_to_World_Bank_codes_and_names(IncomeGroup group, string code, string displayName)
    {
        Assert.Equal((code, displayName), (IncomeGroups.Code(group), IncomeGroups.DisplayName(group)));
        Assert.Equal(group, IncomeGroups.Parse(code));
    }

    [Theory]
    [InlineData("HI")]
    [InlineData("lm")]
    [InlineData(" L")]
    [InlineData("")]
    public void Only_the_four_exact_codes_parse(string code)
    {
        Assert.False(IncomeGroups.TryParse(code, out _));
        var error = Assert.Throws<FormatException>(() => IncomeGroups.Parse(code));
        Assert.Equal($"'{code}' is not a World Bank income group code (L, LM, UM, H).", error.Message);
    }

    [Fact]
    public void An_undefined_income_group_has_no_code()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IncomeGroups.Code((IncomeGroup)7));
    }

    [Fact]
    public void M49_has_5_regions_17_sub_regions_and_8_intermediate_regions()
    {
        Assert.Equal(["Africa", "Americas", "Asia", "Europe", "Oceania"], M49.Regions);
        Assert.Equal(17, M49.SubRegions.Count);
        Assert.Equal(8, M49.IntermediateRegions.Count);
        Assert.All(M49.SubRegions.Values, region => Assert.Contains(region, M49.Regions));
        Assert.All(M49.IntermediateRegions.Values, subRegion => Assert.True(M49.SubRegions.ContainsKey(subRegion)));
    }

    [Theory]
    [InlineData("Africa", "Sub-Saharan Africa", "Eastern Africa", true)]
    [InlineData("Europe", "Northern Europe", "Channel Islands", true)]
    [InlineData("Europe", "Northern Europe", null, true)]
    [InlineData("Asia", "Western Asia", null, true)]
    [InlineData(null, null, null, true)]
    [InlineData("Africa", "Sub-Saharan Africa", null, false)]
    [InlineData("Europe", "Western Asia", null, false)]
    [InlineData("Asia", "Western Asia", "Channel Islands", false)]
    [InlineData("Americas", "North America", null, false)]
    public void M49_combinations_are_checked(string? region, string? subRegion, string? intermediate, bool valid)
    {
        Assert.Equal(valid, M49.IsValid(region, subRegion, intermediate));
    }
}
