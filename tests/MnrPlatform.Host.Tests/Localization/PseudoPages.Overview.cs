using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

internal static partial class PseudoPages
{
    /// <summary>The overview, sign-in, account and error pages (issue 22's first step).</summary>
    private static IEnumerable<PageVisit> Overview =>
    [
        new(null, "/"),
        new(null, "/account/sign-in"),
        new(null, "/account/access-denied"),
        new(null, "/not-found"),
        new(null, "/error"),
        new(Roles.Viewer, "/"),
        new(Roles.Analyst, "/"),
        new(Roles.Administrator, "/"),
        new(Roles.FocalPoint, "/"),
        new(Roles.FocalPoint, "/account/password"),
    ];
}
