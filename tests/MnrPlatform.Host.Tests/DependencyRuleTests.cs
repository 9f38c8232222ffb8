namespace MnrPlatform.Host.Tests;

public sealed class DependencyRuleTests
{
    [Fact]
    public void Host_sits_on_data_and_analytics()
    {
        Assert.Equal(["MnrPlatform.Analytics", "MnrPlatform.Data"], ProjectReferences.Of("host/MnrPlatform.Host/MnrPlatform.Host.csproj"));
    }
}
