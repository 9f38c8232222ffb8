namespace MnrPlatform.Sdk.Content;

/// <summary>The kinds of chart a plugin can bind to its indicators; the host draws them. What each needs of its indicators: <see cref="ChartNeeds"/>.</summary>
public enum ChartKind
{
    /// <summary>Horizontal bars of yes/no shares per indicator, stacked, sorted by share (like the review's Figure 1).</summary>
    StackedShares,

    /// <summary>The same shares grouped by income group.</summary>
    SharesByIncomeGroup,

    /// <summary>The distribution of maturity phases per capability: needs each capability's <c>.phase-1</c> to <c>.phase-4</c> indicators (<see cref="ChartNeeds.PhaseSuffix"/>).</summary>
    PhaseDistribution,

    /// <summary>One country's phases per capability as a radar, against a group median: needs one indicator per capability reading its MaturityPhase question.</summary>
    PhaseRadar,

    /// <summary>A world map of exactly one indicator (secretariat only: it shows named countries).</summary>
    Choropleth,
}

/// <summary>A chart bound to indicators of the plugin.</summary>
public sealed record ChartInfo
{
    /// <summary>Stable id, unique across all plugins.</summary>
    public required string Id { get; init; }

    /// <summary>The chart's title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>What kind of chart it is.</summary>
    public required ChartKind Kind { get; init; }

    /// <summary>The ids of the indicators it shows, in order; at least one.</summary>
    public required IReadOnlyList<string> IndicatorIds { get; init; }

    /// <summary>True when the chart shows named countries: only the secretariat sees it. Always true for <see cref="ChartKind.Choropleth"/>.</summary>
    public bool SecretariatOnly { get; init; }
}
