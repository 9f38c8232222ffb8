using MnrPlatform.Core.Access;

namespace MnrPlatform.Host.Components.Layout;

/// <summary>An area of the platform in the side navigation.</summary>
/// <param name="Title">What the link says.</param>
/// <param name="Href">Where it goes, relative to the base path.</param>
/// <param name="Icon">A Tabler icon name (without the <c>ti-</c> prefix).</param>
/// <param name="Available">False while the area is still being built: shown, but not a link.</param>
/// <param name="Requires">What a user must hold to see the area; <see cref="Permissions.None"/> for everyone.</param>
/// <param name="HiddenFrom">Users holding this do not see the area (e.g. the secretariat, for a country's own pages).</param>
/// <param name="RequiresAnyOf">When set, a user must also hold at least one of these (e.g. a country's or every country's data).</param>
public sealed record NavigationArea(string Title, string Href, string Icon, bool Available, Permissions Requires = Permissions.None, Permissions HiddenFrom = Permissions.None, Permissions RequiresAnyOf = Permissions.None)
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
        new("Overview", "", "layout-dashboard", Available: true),
        new("Domains", "domains", "category", Available: true),
        new("Countries", "countries", "world", Available: true, RequiresAnyOf: Web.AccessPolicies.CountryDataReaders),
        new("World map", "map", "map-2", Available: true, Requires: Permissions.ReadAllCountries),
        new("Indicators", "indicators", "list-details", Available: true),
        new("Peer learning", "peer-learning", "users-group", Available: true, Requires: Permissions.ReadAllCountries),
        new("Exchange requests", "exchanges", "arrows-exchange", Available: true, Requires: Permissions.ReadOwnCountry, HiddenFrom: Permissions.ReadAllCountries),
        new("Surveys", "surveys", "clipboard-list", Available: true, RequiresAnyOf: Web.AccessPolicies.CountryDataReaders),
        new("Reports", "reports", "file-text", Available: true, Requires: Permissions.ReadAggregates),
        new("Plugins", "plugins", "puzzle", Available: true, Requires: Permissions.ManagePlugins),
        new("Administration", "admin", "settings", Available: true, Requires: Permissions.ManageUsers),
    ];
}
