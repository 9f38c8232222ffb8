using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

internal static partial class PseudoPages
{
    /// <summary>The Reports page: the secretariat's (both audiences, the example picker) and a viewer's; with a report language chosen.</summary>
    private static IEnumerable<PageVisit> Reports =>
    [
        new(Roles.Analyst, "/reports"),
        new(Roles.Viewer, "/reports"),
        new(Roles.Viewer, "/reports", "/reports?language=ar"),
    ];
}
