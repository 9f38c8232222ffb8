using MnrPlatform.Core.Catalog;
using MnrPlatform.Core.Plugins;
using MnrPlatform.Sdk.Content;

namespace MnrPlatform.Core.Indicators;

/// <summary>
/// Evaluates the catalog's indicators over a round's respondents, each through the
/// <see cref="PluginCallGuard"/>: an indicator whose plugin code throws gets no value, the others
/// are unaffected.
/// </summary>
public sealed class IndicatorEngine(FrameworkCatalog catalog, PluginCallGuard guard)
{
    /// <summary>The indicator id suffix that marks a row of the review's Figure 1 (see the domain plugins).</summary>
    public const string InPlaceSuffix = ".in-place";

    /// <summary>One indicator by <paramref name="breakdown"/>; null when its plugin code failed.</summary>
    public IReadOnlyList<GroupValue>? Evaluate(Owned<IndicatorInfo> indicator, IReadOnlyList<Respondent> respondents, Breakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var result = guard.Run(indicator.PluginId, $"computing indicator {indicator.Item.Id}", () => IndicatorEvaluator.EvaluateBy(indicator.Item, respondents, breakdown));
        return result.Value;
    }

    /// <summary>
    /// The capability snapshot like the review's Figure 1: every "in place" indicator over all
    /// respondents, highest share first (ties by name); indicators nobody answered or whose plugin
    /// code failed are left out.
    /// </summary>
    public IReadOnlyList<IndicatorResult> Snapshot(IReadOnlyList<Respondent> respondents) =>
        [.. catalog.Indicators
            .Where(i => i.Item.Id.EndsWith(InPlaceSuffix, StringComparison.Ordinal))
            .Select(i => (Indicator: i, Values: Evaluate(i, respondents, Breakdown.All)))
            .Where(x => x.Values is [{ Value.Denominator: > 0 }])
            .Select(x => new IndicatorResult(x.Indicator, x.Values![0].Value))
            .OrderByDescending(r => r.Value.Value)
            .ThenBy(r => r.Indicator.Item.Name.English, StringComparer.Ordinal)];
}

/// <summary>An indicator with its value over a set of countries.</summary>
/// <param name="Indicator">The indicator and the plugin that supplies it.</param>
/// <param name="Value">n, N and the value.</param>
public sealed record IndicatorResult(Owned<IndicatorInfo> Indicator, IndicatorValue Value)
{
    /// <summary>The indicator's name, e.g. "Leadership".</summary>
    public string Label => Indicator.Item.Name.English;
}
