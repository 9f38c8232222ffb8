namespace MnrPlatform.TestSupport;

/// <summary>The plugins' id scheme, for building answers by hand (the catalog itself: tests/Shared/DomainPlugins.cs).</summary>
internal static partial class DomainPlugins
{
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
