using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

internal static partial class PseudoPages
{
    /// <summary>The countries list and profiles, the Plugins page and the secretariat's dashboard.</summary>
    private static IEnumerable<PageVisit> Countries =>
    [
        new(Roles.Analyst, "/countries"),
        new(Roles.Analyst, "/countries?q=gha"),
        new(Roles.Analyst, "/countries/{country}", "/countries/KEN"),
        new(Roles.Analyst, "/countries/{country}", "/countries/GHA"),
        // A review round: "in place?" answers, no phases and no action plan.
        new(Roles.Analyst, "/countries/{country}", "/countries/KEN?round=2021-review"),
        new(Roles.Analyst, "/countries/{country}", "/countries/KEN?round=no-such-round"),
        new(Roles.FocalPoint, "/countries/{country}", "/countries/KEN"),
        new(Roles.Analyst, "/secretariat"),
        new(Roles.Administrator, "/secretariat"),
        new(Roles.Administrator, "/plugins"),
    ];
}
