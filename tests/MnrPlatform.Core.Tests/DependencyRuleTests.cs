namespace MnrPlatform.Core.Tests;

public sealed class DependencyRuleTests
{
    [Fact]
    public void Core_depends_on_the_sdk_only()
    {
        Assert.Equal(["MnrPlatform.Sdk"], ProjectReferences.Of("host/MnrPlatform.Core/MnrPlatform.Core.csproj"));
    }
}
