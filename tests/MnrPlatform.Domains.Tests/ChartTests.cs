using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Tests;

public sealed class ChartTests
{
    public static TheoryData<string> Projects => Plugins.Projects;

    private static IEnumerable<string> Ids(DomainContent content, Func<IndicatorInfo, bool> where) =>
        content.Indicators.Where(where).Select(i => i.Id);

    [Theory]
    [MemberData(nameof(Projects))]
    public void Each_domain_stacks_its_figure_1_rows_overall_and_by_income_group(string project)
    {
        var content = Plugins.ContentOf(project);
        var inPlace = Ids(content, i => i.Id.EndsWith(".in-place", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(inPlace);
        Assert.Equal(inPlace, Assert.Single(content.Charts, c => c.Kind == ChartKind.StackedShares).IndicatorIds);
        Assert.Equal(inPlace, content.Charts.Single(c => c.Id == $"{content.Domain.Code}.chart.in-place-by-income-group").IndicatorIds);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Each_domain_shows_every_capability_in_its_phase_distribution_and_radar(string project)
    {
        var content = Plugins.ContentOf(project);
        var distribution = Assert.Single(content.Charts, c => c.Kind == ChartKind.PhaseDistribution);
        var radar = Assert.Single(content.Charts, c => c.Kind == ChartKind.PhaseRadar);
        var byId = content.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);

        Assert.Equal(
            content.Capabilities.SelectMany(c => Enumerable.Repeat(c.Code, 4)),
            distribution.IndicatorIds.Select(id => byId[id].CapabilityCode));
        Assert.All(distribution.IndicatorIds, id => Assert.Matches(@"\.phase-[1-4]$", id));
        Assert.Equal(content.Capabilities.Select(c => c.Code), radar.IndicatorIds.Select(id => byId[id].CapabilityCode));
        Assert.All(radar.IndicatorIds, id => Assert.IsType<PhaseAtLeastRule>(byId[id].Numerator));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Each_domain_maps_one_capability_for_the_secretariat_only(string project)
    {
        var content = Plugins.ContentOf(project);
        var map = Assert.Single(content.Charts, c => c.Kind == ChartKind.Choropleth);

        Assert.True(map.SecretariatOnly);
        Assert.EndsWith(".in-place", Assert.Single(map.IndicatorIds), StringComparison.Ordinal);
        Assert.DoesNotContain(content.Charts, c => c.SecretariatOnly && c.Kind != ChartKind.Choropleth);
    }
}
