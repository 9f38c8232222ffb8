using System.Globalization;

namespace MnrPlatform.Sdk.Visualizations;

/// <summary>
/// What a <see cref="VisualizationBuilder"/> receives: only what the viewer may see of the indicators
/// the visualization declares, after the host's small-cell suppression for that viewer. It names
/// groups of countries (all countries, income groups, regions, instruments), never a country.
/// </summary>
/// <param name="Culture">The viewer's culture, for labels and number formats.</param>
/// <param name="RoundName">The survey round the results are from (e.g. "2025 review").</param>
/// <param name="Indicators">The declared indicators, in the order <see cref="VisualizationInfo.IndicatorIds"/> lists them.</param>
public sealed record VisualizationInput(CultureInfo Culture, string RoundName, IReadOnlyList<VisualizationIndicator> Indicators)
{
    /// <summary>The declared indicator with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">The visualization does not declare it (the message names it).</exception>
    public VisualizationIndicator Indicator(string id) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"Indicator '{id}' is not among the visualization's IndicatorIds ({string.Join(", ", Indicators.Select(i => i.Id))}); declare it to receive it.");
}

/// <summary>One declared indicator as the viewer may see it.</summary>
/// <param name="Id">The indicator's id.</param>
/// <param name="Name">Its name in the viewer's culture.</param>
/// <param name="CapabilityCode">The capability it is about.</param>
/// <param name="Unit">Its unit in the viewer's culture (e.g. "per cent").</param>
/// <param name="Breakdowns">
/// Its results by every breakdown it allows, <see cref="VisualizationBreakdowns.All"/> first; empty when
/// nobody answered or the plugin's indicator code failed.
/// </param>
public sealed record VisualizationIndicator(string Id, string Name, string CapabilityCode, string Unit, IReadOnlyList<VisualizationBreakdown> Breakdowns)
{
    /// <summary>The all-countries group; null when nobody answered.</summary>
    public VisualizationGroup? Overall => By(VisualizationBreakdowns.All)?.Groups is [var all, ..] ? all : null;

    /// <summary>The results by the breakdown named <paramref name="breakdown"/> (see <see cref="VisualizationBreakdowns"/>); null when the indicator is not broken down so.</summary>
    public VisualizationBreakdown? By(string breakdown) =>
        Breakdowns.FirstOrDefault(b => string.Equals(b.Name, breakdown, StringComparison.Ordinal));
}

/// <summary>An indicator's groups by one breakdown.</summary>
/// <param name="Name">The breakdown (one of <see cref="VisualizationBreakdowns"/>).</param>
/// <param name="Groups">Its groups with respondents, in the host's display order.</param>
public sealed record VisualizationBreakdown(string Name, IReadOnlyList<VisualizationGroup> Groups);

/// <summary>
/// One group of countries: n, N and the value, or — when the viewer may not see them — no numbers
/// and the reason in <see cref="Hidden"/>.
/// </summary>
/// <param name="Code">The group's stable code (e.g. <c>all</c>, <c>H</c>, <c>low-middle</c>, a region).</param>
/// <param name="Name">The group's name.</param>
/// <param name="Numerator">n; null when hidden.</param>
/// <param name="Denominator">N; null when hidden.</param>
/// <param name="Value">n / N times the indicator's factor; null when hidden or when N is 0.</param>
/// <param name="Hidden">Why the numbers are hidden (e.g. "suppressed (small group)"); null when shown.</param>
public sealed record VisualizationGroup(string Code, string Name, int? Numerator, int? Denominator, decimal? Value, string? Hidden)
{
    /// <summary>True when the viewer may not see the group's numbers.</summary>
    public bool IsHidden => Hidden is not null;

    /// <summary>True when there is a value to draw.</summary>
    public bool HasValue => !IsHidden && Value is not null;
}

/// <summary>The names of the breakdowns in <see cref="VisualizationIndicator.Breakdowns"/>.</summary>
public static class VisualizationBreakdowns
{
    /// <summary>All countries together: one group, <c>all</c>.</summary>
    public const string All = "all";

    /// <summary>By the four World Bank income groups.</summary>
    public const string IncomeGroup = "income-group";

    /// <summary>High income against low and middle income.</summary>
    public const string IncomeBand = "income-band";

    /// <summary>By UN M49 region.</summary>
    public const string Region = "region";

    /// <summary>By the survey instrument answered.</summary>
    public const string Instrument = "instrument";
}
