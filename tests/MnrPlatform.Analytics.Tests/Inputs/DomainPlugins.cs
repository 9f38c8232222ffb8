using Microsoft.Extensions.Logging.Abstractions;
using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;

namespace MnrPlatform.Analytics.Tests.Inputs;

/// <summary>The six domain plugins as the host loads them: from this build's plugins folder, through the real loader.</summary>
internal static class DomainPlugins
{
    private static readonly Lazy<FrameworkCatalog> Loaded = new(() =>
    {
        var plugins = new PluginLoader(NullLogger<PluginLoader>.Instance).LoadAll(Path.Combine(AppContext.BaseDirectory, "plugins"), []);
        Assert.All(plugins, p => Assert.True(p.IsActive, $"{p.Id}: {p.Reason}"));
        Assert.Equal(6, plugins.Count);
        return new FrameworkCatalog(plugins);
    });

    public static FrameworkCatalog Catalog => Loaded.Value;

    /// <summary>The capability codes in catalog order.</summary>
    public static IReadOnlyList<string> CapabilityCodes => [.. Catalog.Capabilities.Select(c => c.Item.Code)];

    /// <summary>A capability's maturity phase question, by the plugins' id scheme.</summary>
    public static string PhaseQuestion(string capability) => $"{DomainOf(capability)}.{capability}.maturity.phase";

    /// <summary>A capability's target phase question (shown only with an action plan).</summary>
    public static string TargetPhaseQuestion(string capability) => $"{DomainOf(capability)}.{capability}.maturity.target-phase";

    /// <summary>A capability's in-place review question, by the plugins' id scheme.</summary>
    public static string InPlaceQuestion(string capability) => $"{DomainOf(capability)}.{capability}.review.in-place";

    private static string DomainOf(string capability) => Catalog.Capability(capability)!.DomainCode;
}
