using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

internal static partial class PseudoPages
{
    /// <summary>The domain pages (charts and indicators, a review and a self-assessment round), the indicator catalogue and the world map.</summary>
    private static IEnumerable<PageVisit> Domains =>
    [
        new(null, "/domains"),
        new(null, "/indicators"),
        new(null, "/indicators", "/indicators?q=leadership"),
        new(Roles.Viewer, "/domains"),
        new(Roles.Viewer, "/domains/{domain}", "/domains/policy?round=2021-review"),
        new(Roles.Viewer, "/domains/{domain}", "/domains/policy?round=2021-review&tab=indicators"),
        new(Roles.FocalPoint, "/domains/{domain}", "/domains/victim?round=2021-review"),
        new(Roles.Analyst, "/domains/{domain}", "/domains/policy?round=2021-review"),
        new(Roles.Analyst, "/domains/{domain}", "/domains/policy?round=2021-review&tab=indicators&breakdown=income-group"),
        new(Roles.Analyst, "/domains/{domain}", "/domains/victim?round=2023-self-assessment"),
        new(Roles.Analyst, "/map"),
        new(Roles.Analyst, "/map", "/map?round=2023-self-assessment&by=phase"),
    ];
}
