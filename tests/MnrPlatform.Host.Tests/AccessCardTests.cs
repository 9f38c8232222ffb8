using MnrPlatform.Core.Access;
using MnrPlatform.Data.Accounts;

namespace MnrPlatform.Host.Tests;

public sealed class AccessCardTests
{
    [Fact]
    public async Task A_viewer_is_told_the_configured_smallest_group_shown()
    {
        await using var platform = new DemoPlatformFactory();
        platform.Settings["Disclosure:MinimumCellSize"] = "3";
        var viewer = await platform.SignInAsync(DemoAccounts.All.Single(a => a.Role == Roles.Viewer).Email, DemoAccounts.Password);

        var html = await viewer.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("with groups of fewer than 3 countries hidden.", html, StringComparison.Ordinal);
    }
}
