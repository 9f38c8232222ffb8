using MnrPlatform.Core.Access;
using MudBlazor;

namespace MnrPlatform.Host.Components.Layout;

/// <summary>An area of the platform in the side navigation.</summary>
/// <param name="Title">What the link says.</param>
/// <param name="Href">Where it goes, relative to the base path.</param>
/// <param name="Icon">A MudBlazor icon (an SVG path from <see cref="MudBlazor.Icons"/>).</param>
/// <param name="Interactive">Whether the area's pages run in an interactive circuit (see the host's README).</param>
/// <param name="Requires">What a user must hold to see the area; <see cref="Permissions.None"/> for everyone.</param>
/// <param name="HiddenFrom">Users holding this do not see the area (e.g. the secretariat, for a country's own pages).</param>
/// <param name="RequiresAnyOf">When set, a user must also hold at least one of these (e.g. a country's or every country's data).</param>
public sealed record NavigationArea(string Title, string Href, string Icon, bool Interactive, Permissions Requires = Permissions.None, Permissions HiddenFrom = Permissions.None, Permissions RequiresAnyOf = Permissions.None)
{
    /// <summary>The areas <paramref name="principal"/> may see, in order.</summary>
    public static IEnumerable<NavigationArea> For(PlatformPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return All.Where(a => principal.Has(a.Requires)
            && (a.HiddenFrom == Permissions.None || !principal.Has(a.HiddenFrom))
            && (a.RequiresAnyOf == Permissions.None || (principal.Permissions & a.RequiresAnyOf) != Permissions.None));
    }

    /// <summary>The resource key of <see cref="Title"/> in the layout's words (LayoutText), e.g. "Nav.peer-learning".</summary>
    public string TitleKey => "Nav." + (Href.Length == 0 ? "overview" : Href);

    /// <summary>
    /// The first path segments of the interactive areas. Blazor's enhanced navigation into an
    /// interactive page drops the state its prerender carried to the circuit (dotnet/aspnetcore#63895),
    /// so the page would read, and audit, a country's data twice: js/layout.js sends those links
    /// as full page loads.
    /// </summary>
    public static string InteractivePaths => string.Join(' ', All.Where(a => a.Interactive).Select(a => a.Href));

    /// <summary>Every area, in the order the navigation shows them.</summary>
    public static IReadOnlyList<NavigationArea> All { get; } =
    [
        new("Overview", "", Icons.Material.Outlined.Dashboard, Interactive: false),
        new("Secretariat", "secretariat", Icons.Material.Outlined.SpaceDashboard, Interactive: true, Requires: Permissions.ReadAllCountries),
        new("Domains", "domains", Icons.Material.Outlined.Category, Interactive: false),
        new("Countries", "countries", Icons.Material.Outlined.Public, Interactive: true, RequiresAnyOf: Web.AccessPolicies.CountryDataReaders),
        new("World map", "map", Icons.Material.Outlined.Map, Interactive: true, Requires: Permissions.ReadAllCountries),
        new("Indicators", "indicators", Icons.Material.Outlined.ListAlt, Interactive: false),
        new("Good practice", "practice", Icons.Material.Outlined.Lightbulb, Interactive: false),
        new("Peer learning", "peer-learning", Icons.Material.Outlined.Groups, Interactive: true, Requires: Permissions.ReadAllCountries),
        new("Exchange requests", "exchanges", Icons.Material.Outlined.SwapHoriz, Interactive: true, Requires: Permissions.ReadOwnCountry, HiddenFrom: Permissions.ReadAllCountries),
        new("Surveys", "surveys", Icons.Material.Outlined.Assignment, Interactive: true, RequiresAnyOf: Web.AccessPolicies.CountryDataReaders),
        new("Reports", "reports", Icons.Material.Outlined.Description, Interactive: false, Requires: Permissions.ReadAggregates),
        new("Plugins", "plugins", Icons.Material.Outlined.Extension, Interactive: true, Requires: Permissions.ManagePlugins),
        new("Administration", "admin", Icons.Material.Outlined.Settings, Interactive: true, Requires: Permissions.ManageUsers),
    ];
}
