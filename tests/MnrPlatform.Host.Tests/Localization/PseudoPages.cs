using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace MnrPlatform.Host.Tests.Localization;

/// <summary>A page the pseudo-language test opens: as whom (null: not signed in), the page's route template, the address.</summary>
/// <param name="Role">The role signed in as; null for a visitor.</param>
/// <param name="Route">The <c>@page</c> template the visit covers, e.g. "/domains/{domain}".</param>
/// <param name="Address">The address opened, e.g. "/domains/justice?round=2021-review".</param>
public sealed record PageVisit(string? Role, string Route, string Address)
{
    /// <summary>A visit to a page without route parameters.</summary>
    public PageVisit(string? role, string route)
        : this(role, route, route)
    {
    }
}

/// <summary>
/// The pages <see cref="PseudoLocalizedPagesTests"/> opens, one list per part of the platform, each in its own
/// file (<c>PseudoPages.&lt;Area&gt;.cs</c>, a static property of type <c>IEnumerable&lt;PageVisit&gt;</c>).
/// Every routable page of the host must have at least one visit.
/// </summary>
internal static partial class PseudoPages
{
    /// <summary>The visits of every area's list.</summary>
    public static IReadOnlyList<PageVisit> All { get; } =
    [
        .. typeof(PseudoPages).GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.PropertyType == typeof(IEnumerable<PageVisit>))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .SelectMany(p => (IEnumerable<PageVisit>)p.GetValue(null)!),
    ];

    /// <summary>The route template of every page of the host, without route constraints ("/practice/{id}").</summary>
    public static IReadOnlyList<string> Routes() =>
    [
        .. typeof(MnrPlatform.Host.Hosting.Localization.PlatformCultures).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r.Template, @"\{(\w+):[^}]*\}", "{$1}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];
}
