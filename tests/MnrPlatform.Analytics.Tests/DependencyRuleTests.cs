namespace MnrPlatform.Analytics.Tests;

public sealed class DependencyRuleTests
{
    [Fact]
    public void Analytics_depends_on_core_only()
    {
        Assert.Equal(["MnrPlatform.Core"], ProjectReferences.Of("host/MnrPlatform.Analytics/MnrPlatform.Analytics.csproj"));
    }
}
