using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Domains.Tests;

public sealed class ReportSectionTests
{
    public static TheoryData<string> Projects => Plugins.Projects;

    [Theory]
    [MemberData(nameof(Projects))]
    public void Each_domain_words_every_finding_except_the_share_at_one_phase_which_joins_its_headline(string project)
    {
        var content = Plugins.ContentOf(project);
        var section = Assert.IsType<ReportSectionInfo>(content.ReportSection);
        var worded = section.Findings.Select(f => f.IndicatorId).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(Assert.Single(section.Introduction).English);
        Assert.Equal(
            content.Indicators.Where(i => !System.Text.RegularExpressions.Regex.IsMatch(i.Id, @"\.phase-[1-4]$")).Select(i => i.Id).Order(StringComparer.Ordinal),
            worded.Order(StringComparer.Ordinal));
        Assert.All(section.Findings, f => Assert.StartsWith("{countries} {share} ", f.Text.English, StringComparison.Ordinal));
        Assert.All(section.Findings, f => Assert.EndsWith(".", f.Text.English, StringComparison.Ordinal));
    }
}
