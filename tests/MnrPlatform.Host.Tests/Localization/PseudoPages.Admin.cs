using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Tests.Localization;

internal static partial class PseudoPages
{
    /// <summary>
    /// Administration (users, audit log, outbox), access tokens and the invitation page. An account's own page and a
    /// pending invitation need data made in the test: <see cref="AdminLanguageTests"/> visits those with real ids.
    /// </summary>
    private static IEnumerable<PageVisit> Admin =>
    [
        new(Roles.Administrator, "/admin"),
        new(Roles.Administrator, "/admin/users"),
        new(Roles.Administrator, "/admin/users", "/admin/users?added=someone%40demo.invalid"),
        new(Roles.Administrator, "/admin/users/{Id}", "/admin/users/no-such-user"),
        new(Roles.Administrator, "/admin/audit"),
        new(Roles.Administrator, "/admin/audit", "/admin/audit?action=account.signed-in&before=100000"),
        new(Roles.Administrator, "/admin/outbox"),
        new(Roles.Analyst, "/account/tokens"),
        new(Roles.FocalPoint, "/account/tokens"),
        new(null, "/invitation/{Token}", "/invitation/no-such-invitation"),
    ];
}
