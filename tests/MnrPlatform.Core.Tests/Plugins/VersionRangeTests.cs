using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Core.Tests.Plugins;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData("[1.0.0, 2.0.0)", "1.0.0", true)]
    [InlineData("[1.0.0, 2.0.0)", "1.9.9", true)]
    [InlineData("[1.0.0, 2.0.0)", "2.0.0", false)]
    [InlineData("[1.0.0, 2.0.0)", "2.0.0-alpha", true)]
    [InlineData("[1.0.0, 2.0.0)", "0.9.0", false)]
    [InlineData("(1.0.0, 2.0.0]", "1.0.0", false)]
    [InlineData("(1.0.0, 2.0.0]", "2.0.0", true)]
    [InlineData("[1.2.0, 1.2.0]", "1.2.0", true)]
    [InlineData("[1.1.0,2.0.0)", "1.0.5", false)]
    public void Contains_follows_the_interval_brackets_and_semver_precedence(string range, string version, bool contained)
    {
        Assert.True(VersionRange.TryParse(range, out var parsed, out var problem), problem);
        Assert.True(SemanticVersion.TryParse(version, out var parsedVersion));

        Assert.Equal(contained, parsed.Contains(parsedVersion));
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("[1.0.0, )")]
    [InlineData("[1.0, 2.0)")]
    [InlineData("[2.0.0, 1.0.0)")]
    [InlineData("[1.0.0, 1.0.0)")]
    public void Ranges_without_two_bounds_or_without_any_version_are_refused(string range)
    {
        Assert.False(VersionRange.TryParse(range, out _, out var problem));
        Assert.Contains(range, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Pre_releases_order_below_their_release_and_numerically_by_identifier()
    {
        string[] ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0", "2.0.0"];
        var versions = ordered.Select(v => SemanticVersion.TryParse(v, out var parsed) ? parsed : throw new FormatException(v)).ToList();

        Assert.Equal(ordered, versions.OrderBy(v => v).Select(v => v.ToString()));
        Assert.True(versions[7] > versions[6] && versions[0] < versions[1] && versions[8] >= versions[8]);
    }
}
