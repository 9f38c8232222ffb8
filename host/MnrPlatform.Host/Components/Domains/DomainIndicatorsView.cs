using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Indicators;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Host.Components.Domains;

/// <summary>A group column of the Indicators tab (e.g. one income group).</summary>
/// <param name="Code">The group's code.</param>
/// <param name="Name">The group's name.</param>
public sealed record GroupColumn(string Code, string Name);

/// <summary>One indicator's line: its value for all countries and, when it allows the breakdown, per group.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Overall">All countries, as the viewer may see it; null when nobody answered.</param>
/// <param name="ByGroup">The breakdown's result; null for all countries or when the indicator does not allow the breakdown.</param>
/// <param name="Fault">Why the plugin failed to compute it; null when it did not.</param>
public sealed record IndicatorLine(IndicatorInfo Indicator, ShownGroup? Overall, ShownResult? ByGroup, PluginFault? Fault);

/// <summary>A capability with its indicators' lines.</summary>
/// <param name="Capability">The capability.</param>
/// <param name="Lines">Its indicators, in the plugin's order.</param>
public sealed record CapabilityIndicators(CapabilityInfo Capability, IReadOnlyList<IndicatorLine> Lines);

/// <summary>
/// A domain's Indicators tab: every indicator grouped by capability, with n of N for all countries
/// and, when a breakdown is chosen, a column per group (the groups with respondents in any of them).
/// </summary>
/// <param name="Breakdown">The breakdown shown.</param>
/// <param name="Groups">The breakdown's group columns; empty for all countries.</param>
/// <param name="Capabilities">The capabilities in the plugin's order.</param>
public sealed record DomainIndicatorsView(Breakdown Breakdown, IReadOnlyList<GroupColumn> Groups, IReadOnlyList<CapabilityIndicators> Capabilities)
{
    /// <summary>Lays out <paramref name="results"/> (by all countries and by <paramref name="breakdown"/>) for <paramref name="domain"/>.</summary>
    public static DomainIndicatorsView From(CatalogDomain domain, IReadOnlyList<ShownResult> results, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(results);
        var overall = results.Where(r => r.Breakdown == Breakdown.All).ToDictionary(r => r.Indicator.Item.Id, StringComparer.Ordinal);
        var byGroup = breakdown == Breakdown.All
            ? []
            : results.Where(r => r.Breakdown == breakdown).ToDictionary(r => r.Indicator.Item.Id, StringComparer.Ordinal);
        var groups = byGroup.Values.SelectMany(r => r.Groups).Select(g => new GroupColumn(g.Code, g.Name)).Distinct().ToList();
        var capabilities = domain.Content.Capabilities
            .Select(c => new CapabilityIndicators(c, [.. domain.Content.Indicators.Where(i => i.CapabilityCode == c.Code).Select(i =>
            {
                var all = overall.GetValueOrDefault(i.Id);
                return new IndicatorLine(i, all?.Overall, byGroup.GetValueOrDefault(i.Id), all?.Fault);
            })]))
            .Where(c => c.Lines.Count > 0)
            .ToList();
        return new DomainIndicatorsView(breakdown, groups, capabilities);
    }
}
