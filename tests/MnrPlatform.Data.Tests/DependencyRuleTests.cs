namespace MnrPlatform.Data.Tests;

public sealed class DependencyRuleTests
{
    [Fact]
    public void Data_depends_on_core_only()
    {
        Assert.Equal(["MnrPlatform.Core"], ProjectReferences.Of("host/MnrPlatform.Data/MnrPlatform.Data.csproj"));
    }
}
