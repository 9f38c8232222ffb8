using Bunit;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Host.Components.Plugins;

namespace MnrPlatform.Host.Tests.Components;

public sealed class PluginStatusBadgeTests : MudComponentTest
{
    [Theory]
    [InlineData(PluginStatus.Active, "mud-chip-color-success")]
    [InlineData(PluginStatus.Incompatible, "mud-chip-color-warning")]
    [InlineData(PluginStatus.Faulted, "mud-chip-color-error")]
    [InlineData(PluginStatus.Disabled, "mud-chip-color-default")]
    public void Each_status_gets_its_own_colour_and_says_its_name(PluginStatus status, string colourClass)
    {
        var badge = Render<PluginStatusBadge>(p => p.Add(b => b.Status, status));

        var chip = badge.Find("[data-testid=plugin-status]");
        Assert.Contains(colourClass, chip.ClassName, StringComparison.Ordinal);
        Assert.Equal(status.ToString(), chip.TextContent.Trim());
    }
}
