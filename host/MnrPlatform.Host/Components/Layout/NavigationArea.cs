using MnrPlatform.Core.Access;
using MudBlazor;

namespace MnrPlatform.Host.Components.Layout;

/// <summary>An area of the platform in the side navigation.</summary>
/// <param name="Title">What the link says.</param>
/// <param name="Href">Where it goes, relative to the base path.</param>
/// <param name="Icon">A MudBlazor icon (an SVG path from <see cref="MudBlazor.Icons"/>).</param>
/// <param name="Requires">What a user must hold to see the area; <see cref="Permissions.None"/> for everyone.</param>
/// <param name="HiddenFrom">Users holding this do not see the area (e.g. the secretariat, for a country's own pages).</param>
/// <param name="RequiresAnyOf">When set, a user must also hold at least one of these (e.g. a country's or every country's data).</param>
public sealed record NavigationArea(string Title, string Href, string Icon, Permissions Requires = Permissions.None, Permissions HiddenFrom = Permissions.None, Permissions RequiresAnyOf = Permissions.None)
{
    /// <summary>The areas <paramref name="principal"/> may see, in order.</summary>
    public static IEnumerable<NavigationArea> For(PlatformPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return All.Where(a => principal.Has(a.Requires)
            && (a.HiddenFrom == Permissions.None || !principal.Has(a.HiddenFrom))
            && (a.RequiresAnyOf == Permissions.None || (principal.Permissions & a.RequiresAnyOf) != Permissions.None));
    }

    /// <summary>Every area, in the order the navigation shows them.</summary>
    public static IReadOnlyList<NavigationArea> All { get; } =
    [
        new("Overview", "", Icons.Material.Outlined.Dashboard),
        new("Secretariat", "secretariat", Icons.Material.Outlined.SpaceDashboard, Requires: Permissions.ReadAllCountries),
        new("Domains", "domains", Icons.Material.Outlined.Category),
        new("Countries", "countries", Icons.Material.Outlined.Public, RequiresAnyOf: Web.AccessPolicies.CountryDataReaders),
        new("World map", "map", Icons.Material.Outlined.Map, Requires: Permissions.ReadAllCountries),
        new("Indicators", "indicators", Icons.Material.Outlined.ListAlt),
        new("Peer learning", "peer-learning", Icons.Material.Outlined.Groups, Requires: Permissions.ReadAllCountries),
        new("Exchange requests", "exchanges", Icons.Material.Outlined.SwapHoriz, Requires: Permissions.ReadOwnCountry, HiddenFrom: Permissions.ReadAllCountries),
        new("Surveys", "surveys", Icons.Material.Outlined.Assignment, RequiresAnyOf: Web.AccessPolicies.CountryDataReaders),
        new("Reports", "reports", Icons.Material.Outlined.Description, Requires: Permissions.ReadAggregates),
        new("Plugins", "plugins", Icons.Material.Outlined.Extension, Requires: Permissions.ManagePlugins),
        new("Administration", "admin", Icons.Material.Outlined.Settings, Requires: Permissions.ManageUsers),
    ];
}
